/** Spanish: the cue phrases of the customer's emotions, with their weights, and the negators. */
import type { LanguageSpec } from '../define';

export const customer: LanguageSpec['customer'] = {
  frustrated: [
    [
      2,
      [
        '(?:ya )?es la (?:segunda|tercera|cuarta) vez',
        'cada vez que',
        '(?:otra|de nuevo|una vez más) vez',
        'sigue sin',
        'sigo sin',
        'todavía no',
        'aún no',
        'ya es la (?:segunda|tercera|cuarta) vez',
        'harto',
        'harta',
        'estoy cansad[oa] de',
        'frustrad[oa]',
        'frustrante',
        'decepcionad[oa]',
        'molest[oa]',
        'llevo (?:días|semanas|esperando)',
        'nadie me (?:responde|contesta|ayuda)',
        'cuántas veces',
      ],
    ],
    [1, ['otra vez', 'de nuevo', 'sigue', 'semanas', 'días', 'no funciona', 'roto']],
  ],
  angry: [
    [
      3,
      [
        'inaceptable',
        'ridículo',
        'vergonzoso',
        'indignante',
        'una estafa',
        'estafa',
        'el peor',
        'la peor',
        'incompetentes?',
        'inútiles?',
        'una broma',
        'furios[oa]',
        'mierda',
      ],
    ],
    [
      2,
      [
        'cancelar (?:mi|la) (?:cuenta|suscripción)',
        'abogad[oa]',
        'denuncia',
        'reclamación formal',
        'nunca más',
        'terrible',
        'horrible',
        'pésimo',
      ],
    ],
  ],
  confused: [
    [
      2,
      [
        'no entiendo',
        'no sé (?:cómo|dónde|qué|por qué)',
        'confundid[oa]',
        'confuso',
        'no tiene sentido',
        'cómo (?:puedo|hago|se hace)',
        'dónde (?:está|encuentro|puedo)',
        'qué significa',
      ],
    ],
    [1, ['explicar', 'no está claro']],
  ],
  anxious: [
    [
      2,
      [
        'preocupad[oa]',
        'me preocupa',
        'nervios[oa]',
        'asustad[oa]',
        'miedo',
        'angustiad[oa]',
        'estresad[oa]',
        'me han robado',
        'hackead[oa]',
        'fraude',
        'perder (?:mi|mis|todo)',
      ],
    ],
    [1, ['seguro', 'qué pasa si']],
  ],
  urgent: [
    [3, ['urgente(?:mente)?', 'cuanto antes', 'inmediatamente', 'ya mismo', 'ahora mismo', 'emergencia']],
    [2, ['hoy', 'para mañana', 'lo antes posible', 'plazo', 'crítico']],
  ],
  happy: [
    [
      2,
      [
        'muchísimas gracias',
        'mil gracias',
        'me encanta',
        'genial',
        'excelente',
        'perfecto',
        'maravillos[oa]',
        'fantástic[oa]',
        'encantad[oa]',
      ],
    ],
    [1, ['gracias', 'content[oa]', 'feliz', 'bien']],
  ],
};

/** Words that turn the sentiment of the next two words. */
export const negators: LanguageSpec['negators'] = ['no', 'nunca', 'jamás', 'sin', 'ni', 'tampoco', 'nada'];
