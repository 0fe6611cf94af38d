/** Spanish: the cues of a good reply, of a polite request and of the customer's feelings (tú and usted alike). */
import { defineLanguage } from './define';

const FUTURE_FIRST_PERSON = '\\p{L}+(?:aré|eré|iré|aremos|eremos|iremos)';
const DONE = '(?:enviado|reembolsado|restablecido|actualizado|corregido|escalado|revisado|cancelado|aplicado|añadido|procesado|solucionado|resuelto|abonado|devuelto|reenviado|activado|desbloqueado)';

export const spanish = defineLanguage({
  code: 'es',
  name: 'Spanish',
  elementStarts: {
    greeting: ['hola', 'buen(?:os|as) (?:días|tardes|noches)', 'buenas', 'saludos', 'estimad[oa]s?', 'querid[oa]s?', 'gracias por (?:escribir|escribirnos|contactar|contactarnos|ponerte en contacto|ponerse en contacto|tu mensaje|su mensaje|tu correo|su correo)'],
    closing: ['saludos', 'un saludo', '(?:un |muchos )?(?:cordial(?:es)?|afectuosos?|fuertes?) saludos?', 'atentamente', 'cordialmente', 'gracias de nuevo', 'muchas gracias', 'un abrazo', 'hasta pronto', 'que (?:tengas|tenga|tengáis) (?:un )?(?:buen|excelente|feliz|gran|bonito) (?:día|fin de semana|tarde)'],
  },
  elements: {
    acknowledgement: [
      '(?:entiendo|comprendo|me imagino|imagino) (?:perfectamente |totalmente |muy bien )?(?:que|lo|tu|su|cómo|la|el)',
      '(?:lamento|siento|lamentamos|sentimos) (?:mucho |muchísimo |de verdad )?(?:que|el|la|lo|las|los|oír|saber|leer|escuchar)',
      'tienes (?:toda la )?razón', 'tiene (?:toda la )?razón',
      '(?:es|debe ser|debe de ser|resulta) (?:muy |realmente |bastante |tan )?(?:frustrante|molesto|preocupante|estresante|desesperante)',
      'qué (?:frustrante|fastidio|molestia|rabia)',
      'gracias por (?:tu|su|vuestra) paciencia', 'gracias por (?:avisarnos|avisar|explicarlo|contárnoslo|informarnos|comentarlo)',
      'no es la experiencia',
    ],
    apology: ['lo siento', 'lo sentimos', 'disculpa(?:s|me|nos)?', 'disculpe(?:n)?', 'perdón', 'perdona(?:me)?', 'perdone', 'lamentamos', 'lamento', 'mis disculpas', 'nuestras disculpas', 'fue (?:un|nuestro) error'],
    thanks: ['gracias', 'agradezco', 'agradecemos', 'agradecid[oa]s?'],
    'next-step': [
      'voy a', 'vamos a', `(?:he|hemos|ya he|ya hemos) ${DONE}`, FUTURE_FIRST_PERSON,
      '(?:te|le|les|os) (?:envío|mando|escribo|aviso|llamo|confirmo|mantendré|mantendremos)', 'recibirás', 'recibirá', 'recibiréis',
      '(?:puedes|puede|podrás|podrá) (?:probar|intentar|hacer clic|entrar|ver|descargar|acceder|consultar)',
      'el siguiente paso', 'los (?:próximos|siguientes) pasos', 'me encargo', 'nos encargamos', 'me ocupo', 'nos ocupamos',
      '(?:lo|la|los|las|te|le|os|se lo|se la) (?:miro|reviso|cambio|compruebo|dejo|desactivo|activo|corrijo|reenvío|confirmo|envío|mando|escribo|llamo|devuelvo|preparo)', '(?:puedo|podemos) (?:revisar|mirar|cambiar|enviar|ayudar|hacer|preparar|llamar)', 'compruebo', 'reviso', 'te recomiendo', 'le recomiendo', 'dime', 'dímelo', 'díganos', 'respóndeme', 'responde a este correo', 'responda a este correo',
    ],
    'time-frame': [
      'hoy', 'mañana', 'esta (?:tarde|mañana|noche|semana)', 'de inmediato', 'enseguida', 'ahora mismo', 'en breve',
      '(?:en|dentro de) (?:las próximas |los próximos )?(?:\\d+|una|un|dos|tres|unos|unas|pocos|pocas) (?:minutos?|horas?|días?(?: hábiles| laborables)?|semanas?)',
      '\\d+ (?:minutos|horas|días|semanas)', '(?:antes del?|a más tardar el?|para el) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|final del día|mediodía|fin de semana)',
    ],
    closing: ['no dudes en', 'no dude en', '(?:si )?(?:necesitas|necesita|necesitáis) (?:algo más|cualquier cosa|más ayuda)', '(?:estoy|estamos|quedo|quedamos) (?:a tu|a su|a vuestra) (?:entera )?disposición', 'aquí (?:estoy|estamos) para (?:lo que|ayudar)', 'avísame si', 'avísenos si', 'avísanos si', 'que (?:tengas|tenga) (?:un )?(?:buen|excelente|feliz|gran) (?:día|fin de semana|tarde)'],
  },
  secondPerson: ['tú', 'tu', 'tus', 'te', 'ti', 'contigo', 'usted', 'ustedes', 'vosotr[oa]s', 'os', 'vuestr[oa]s?'],
  politeness: [
    { id: 'gratitude', label: 'thanks (“gracias”)', weight: 0.45, anywhere: ['gracias', 'agradezco', 'agradecería', 'agradeceríamos', 'agradecid[oa]s?', 'se agradece'] },
    { id: 'deference', label: 'compliments first', weight: 0.35, starts: ['(?:buen|excelente|gran|estupendo) trabajo', '(?:muy )?bien hecho', 'enhorabuena', 'felicidades', 'felicitaciones', 'bravo', 'excelente', 'genial', 'estupendo', 'interesante', 'me gusta'] },
    { id: 'greeting', label: 'greeting', weight: 0.25, starts: ['hola', 'buen(?:os|as) (?:días|tardes|noches)', 'buenas', 'saludos', 'estimad[oa]s?', 'querid[oa]s?'] },
    { id: 'apology', label: 'apologises', weight: 0.25, anywhere: ['perdón', 'perdona(?:me)?', 'perdone', 'disculpa(?:s|me)?', 'disculpe(?:n)?', 'lo siento', 'siento (?:molestar|mucho|la molestia|las molestias)', 'mis disculpas', 'lamento'], unless: ['lo siento,? pero'] },
    { id: 'indirect', label: 'indirect request (“me preguntaba”, “¿te importaría?”)', weight: 0.3, anywhere: ['me preguntaba', 'quería (?:saber|preguntar|pedir|consultar|comentar)', '(?:te|le|les|os) importaría', 'sería posible', 'habría (?:alguna )?(?:forma|manera|posibilidad)', 'si no es molestia', 'si no te importa', 'si no le importa', 'si (?:es|fuera|fuese) posible', 'cuando (?:puedas|pueda|tengas|tenga)', 'me gustaría', 'nos gustaría', 'espero que', 'ojalá'] },
    { id: 'counterfactual', label: 'asks with “¿podrías…?”', weight: 0.25, anywhere: ['podrías', 'podría', 'podríais', 'podrían', 'pudieras', 'pudiera', 'querrías', 'serías tan amable', 'sería tan amable', 'serías', 'sería'] },
    { id: 'please', label: '“por favor” inside the request', weight: 0.25, anywhere: ['por favor', 'porfa', 'porfavor', 'xfa'] },
    { id: 'hedge', label: 'softened with a hedge', weight: 0.15, anywhere: ['creo que', 'pienso que', 'me parece', 'quizás?', 'tal vez', 'a lo mejor', 'posiblemente', 'probablemente', 'al parecer', 'parece que', 'supongo', 'sugiero', 'sugeriría', 'un poco', 'si no me equivoco', 'si entiendo bien', 'igual'] },
    { id: 'help', label: 'offers or asks for help', weight: 0.2, anywhere: ['ayuda', 'ayudar(?:te|le|les|nos|me|os)?', 'ayudarías', 'ayudaría', 'consejo', 'sugerencias?'] },
    { id: 'first-person-plural', label: 'says “we”', weight: 0.05, anywhere: ['nosotr[oa]s', 'nuestr[oa]s?', 'podemos', 'vamos'] },
    { id: 'please-start', label: 'opens with a bare “Por favor”', weight: -0.15, opening: true, starts: ['por favor'] },
    { id: 'second-person-start', label: 'opens with “tú / usted”', weight: -0.2, starts: ['tú', 'tu', 'tus', 'usted'] },
    { id: 'factuality', label: 'insists (“de hecho”, “obviamente”)', weight: -0.25, anywhere: ['de hecho', 'en realidad', 'obviamente', 'evidentemente', 'claramente', 'la verdad es que', 'francamente', 'por supuesto que no', 'está claro que'] },
    { id: 'obligation', label: 'tells the reader what they must do', weight: -0.3, anywhere: ['tienes que', 'tiene que', 'tenéis que', 'debes', 'debéis', 'debe usted', 'deberías', 'debería usted', 'hay que', 'es obligatorio', 'estás obligado'] },
    { id: 'why', label: 'asks “¿por qué…?”', weight: -0.25, question: true, anywhere: ['por qué', 'porqué'], unless: ['por qué no'] },
    { id: 'rhetorical', label: 'rhetorical question (“¿no…?”, “¿verdad?”)', weight: -0.3, question: true, starts: ['no (?:lo )?(?:es|crees|ves|sabes|te parece|entiendes)'], anywhere: ['¿(?:no|verdad|vale|eh)\\?'] },
    { id: 'stacked-marks', label: 'stacked “??” or “?!”', weight: -0.4, anywhere: ['\\?\\s*\\?', '\\?\\s*!', '!\\s*\\?', '!!'] },
    { id: 'direct-question', label: 'direct question opening', weight: -0.3, question: true, starts: ['qué(?! (?:te parece|opinas|opina|piensas|piensa|tal))', 'quién', 'cómo(?! (?:estás|está|estáis|te va))', 'dónde', 'cuándo', 'cuál', 'cuánto'] },
    { id: 'direct-start', label: 'opens with “pues” / “pero”', weight: -0.3, opening: true, starts: ['entonces', 'pues', 'y', 'pero', 'o', 'mira', 'oye', 'en serio', 'otra vez'] },
    { id: 'command', label: 'gives an order', weight: -0.35, starts: ['no (?:vuelvas|hagas|toques|borres|cambies|elimines|deshagas|sigas)', 'deja de', 'para de', 'déjalo', 'basta', 'explica', 'explícame', 'dime', 'dame', 'lee', 'léete', 'aprende', 'vete', 'cállate', 'cálmate', 'tranquilízate', 'respeta', 'deshaz', 'elimina', 'borra', 'quita', 'pon', 'arregla', 'corrige', 'haz'] },
    { id: 'challenge', label: 'challenges the reader (“¿en serio?”, “¿quién te crees?”)', weight: -0.45, anywhere: ['en serio\\?', 'estás (?:de broma|bromeando|loco|seguro)', 'ni siquiera', 'qué (?:demonios|diablos|coño|carajo)', 'quién te crees', 'cómo te atreves', 'cuál es (?:tu|su) problema', 'qué te pasa', 'te has leído'] },
    { id: 'insult', label: 'insults or harsh words', weight: -0.5, anywhere: ['idiotas?', 'estúpid[oa]s?', 'imbéciles?', 'tont[oa]s?', 'inútil(?:es)?', 'ridícul[oa]s?', 'absurd[oa]s?', 'vándal[oa]s?', 'vandalismo', 'basura', 'mierda', 'maldit[oa]s?', 'patétic[oa]s?', 'vergüenza', 'mentira', 'mientes', 'ignorante'] },
  ],
  customer: {
    frustrated: [
      [2, ['(?:ya )?es la (?:segunda|tercera|cuarta) vez', 'cada vez que', '(?:otra|de nuevo|una vez más) vez', 'sigue sin', 'sigo sin', 'todavía no', 'aún no', 'ya es la (?:segunda|tercera|cuarta) vez', 'harto', 'harta', 'estoy cansad[oa] de', 'frustrad[oa]', 'frustrante', 'decepcionad[oa]', 'molest[oa]', 'llevo (?:días|semanas|esperando)', 'nadie me (?:responde|contesta|ayuda)', 'cuántas veces']],
      [1, ['otra vez', 'de nuevo', 'sigue', 'semanas', 'días', 'no funciona', 'roto']],
    ],
    angry: [
      [3, ['inaceptable', 'ridículo', 'vergonzoso', 'indignante', 'una estafa', 'estafa', 'el peor', 'la peor', 'incompetentes?', 'inútiles?', 'una broma', 'furios[oa]', 'mierda']],
      [2, ['cancelar (?:mi|la) (?:cuenta|suscripción)', 'abogad[oa]', 'denuncia', 'reclamación formal', 'nunca más', 'terrible', 'horrible', 'pésimo']],
    ],
    confused: [[2, ['no entiendo', 'no sé (?:cómo|dónde|qué|por qué)', 'confundid[oa]', 'confuso', 'no tiene sentido', 'cómo (?:puedo|hago|se hace)', 'dónde (?:está|encuentro|puedo)', 'qué significa']], [1, ['explicar', 'no está claro']]],
    anxious: [[2, ['preocupad[oa]', 'me preocupa', 'nervios[oa]', 'asustad[oa]', 'miedo', 'angustiad[oa]', 'estresad[oa]', 'me han robado', 'hackead[oa]', 'fraude', 'perder (?:mi|mis|todo)']], [1, ['seguro', 'qué pasa si']]],
    urgent: [[3, ['urgente(?:mente)?', 'cuanto antes', 'inmediatamente', 'ya mismo', 'ahora mismo', 'emergencia']], [2, ['hoy', 'para mañana', 'lo antes posible', 'plazo', 'crítico']]],
    happy: [[2, ['muchísimas gracias', 'mil gracias', 'me encanta', 'genial', 'excelente', 'perfecto', 'maravillos[oa]', 'fantástic[oa]', 'encantad[oa]']], [1, ['gracias', 'content[oa]', 'feliz', 'bien']]],
  },
  negators: ['no', 'nunca', 'jamás', 'sin', 'ni', 'tampoco', 'nada'],
  warmSamples: ['Hola Ana, gracias por tu paciencia: por desgracia seguimos revisándolo y te escribiré hoy.', 'Tienes razón y lo siento, lo solucionaremos; no se puede hacer hoy.'],
});
