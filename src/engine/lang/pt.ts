/** Portuguese (Brazil and Portugal): the cues of a good reply, of a polite request and of the customer's feelings. */
import { defineLanguage } from './define';

const DONE = '(?:enviado|reembolsado|redefinido|atualizado|corrigido|encaminhado|verificado|cancelado|aplicado|adicionado|processado|resolvido|creditado|reenviado|ativado|desbloqueado)';

export const portuguese = defineLanguage({
  code: 'pt',
  name: 'Portuguese',
  elementStarts: {
    greeting: ['olá', 'oi', 'bom dia', 'boa (?:tarde|noite)', 'prezad[oa]s?', 'car[oa]s?', 'querid[oa]s?', 'obrigad[oa] (?:por|pelo|pela) (?:entrar em contato|escrever|sua mensagem|seu e-?mail|contatar)'],
    closing: ['atenciosamente', 'cordialmente', 'abraços?', 'um abraço', 'att', 'saudações', 'cumprimentos', 'obrigad[oa] (?:novamente|mais uma vez)', 'muito obrigad[oa]', 'até (?:breve|logo|mais)', '(?:tenha|tenham) um (?:ótimo|bom|excelente) (?:dia|fim de semana)', '(?:um )?bom (?:dia|fim de semana)'],
  },
  elements: {
    acknowledgement: ['(?:eu )?(?:entendo|compreendo|imagino) (?:perfeitamente |totalmente |bem )?(?:que|como|sua|seu|a|o|o quanto)', '(?:lamento|sinto|lamentamos|sentimos) (?:muito )?(?:que|pelo|pela|por|saber|ouvir)', '(?:você|o senhor|a senhora) tem (?:toda a )?razão', 'tens (?:toda a )?razão', '(?:é|deve ser) (?:muito |realmente |bem |tão )?(?:frustrante|chato|preocupante|estressante|desagradável)', 'obrigad[oa] (?:pela|por sua|pela sua) paciência', 'obrigad[oa] por (?:avisar|nos avisar|informar|explicar)', 'não é a experiência'],
    apology: ['desculpe?', 'desculpa', 'desculpas', 'perdão', 'perdoe', 'sinto muito', 'lamento', 'lamentamos', 'pedimos desculpas', 'peço desculpas', 'foi (?:um|nosso) erro'],
    thanks: ['obrigad[oa]s?', 'agradeço', 'agradecemos', 'grat[oa]s?', 'valeu'],
    'next-step': ['vou', 'vamos', `(?:eu |já )?(?:já )?(?:tenho|temos) ${DONE}`, `(?:já )?${DONE} (?:o|a|os|as|seu|sua)`, '\\p{L}+(?:arei|erei|irei|aremos|eremos|iremos)', '(?:te|lhe|vos) (?:envio|mando|escrevo|aviso|ligo|confirmo)', '(?:você|tu) (?:vai receber|receberá|receberás)', '(?:você pode|pode|podes|poderá) (?:tentar|clicar|entrar|ver|baixar|descarregar|acessar|aceder|consultar)', 'o próximo passo', 'os próximos passos', 'eu cuido disso', 'vou cuidar', 'vou verificar', '\\p{L}{3,}ei', 'redefini', '(?:posso|podemos) (?:verificar|ver|mudar|enviar|ajudar|alterar)', 'recomendo', '(?:me|nos) (?:diga|avise)', 'avise-me', 'diga-me', 'responda (?:a )?este e-mail', 'responder (?:a )?este e-mail', 'eu (?:desativo|resolvo|verifico|altero|envio|reenvio|mudo|cancelo)', 'desativo', 'resolvo', 'verifico'],
    'time-frame': ['hoje', 'amanhã', 'esta (?:tarde|manhã|noite|semana)', 'imediatamente', 'já já', 'em breve', 'agora mesmo', '(?:em|dentro de|nas próximas|nos próximos) (?:\\d+|uma|um|duas|dois|três|alguns|algumas|poucos|poucas) (?:minutos?|horas?|dias?(?: úteis)?|semanas?)', '\\d+ (?:minutos|horas|dias|semanas)', '(?:até|antes de) (?:segunda|terça|quarta|quinta|sexta|sábado|domingo|amanhã|o fim do dia|o final do dia|o meio-dia)'],
    closing: ['não hesite em', 'não hesites em', 'fique à vontade', 'qualquer dúvida', '(?:se )?(?:precisar|precisares) de (?:mais alguma coisa|algo mais|ajuda)', '(?:estou|estamos|fico|ficamos) à (?:sua |tua )?(?:inteira )?disposição', 'me avise se', 'avise-me se', 'avisa-me se', '(?:tenha|tenham) um (?:ótimo|bom|excelente) (?:dia|fim de semana)'],
  },
  secondPerson: ['você', 'vocês', 'te', 'ti', 'tu', 'teu', 'tua', 'teus', 'tuas', 'contigo', 'seu', 'sua', 'seus', 'suas', 'lhe', 'o senhor', 'a senhora'],
  politeness: [
    { id: 'gratitude', label: 'thanks (“obrigado”)', weight: 0.45, anywhere: ['obrigad[oa]s?', 'agradeço', 'agradeceria', 'agradecemos', 'grat[oa]s?', 'valeu'] },
    { id: 'deference', label: 'compliments first', weight: 0.35, starts: ['(?:bom|ótimo|excelente|belo) trabalho', 'parabéns', 'muito bem', 'excelente', 'ótimo', 'incrível', 'interessante', 'legal'] },
    { id: 'greeting', label: 'greeting', weight: 0.25, starts: ['olá', 'oi', 'bom dia', 'boa (?:tarde|noite)', 'prezad[oa]s?', 'car[oa]s?', 'querid[oa]s?'] },
    { id: 'apology', label: 'apologises', weight: 0.25, anywhere: ['desculpe?', 'desculpa', 'desculpas', 'perdão', 'perdoe', 'sinto muito', 'lamento', 'com licença'], unless: ['desculpe?,? mas', 'sinto muito,? mas'] },
    { id: 'indirect', label: 'indirect request (“eu queria saber”, “seria possível”)', weight: 0.3, anywhere: ['eu (?:queria|gostaria de) saber', 'me perguntava', 'estava pensando se', 'seria possível', 'se (?:não for|não é) incômodo', 'se não se importa', 'se (?:for|possível) possível', 'quando (?:puder|tiver|puderes|tiveres)', 'gostaria', 'gostaríamos', 'espero que', 'se (?:você|puder) puder', 'por acaso'] },
    { id: 'counterfactual', label: 'asks with “poderia…?”', weight: 0.25, anywhere: ['poderia', 'poderias', 'poderiam', 'podia', 'podias', 'seria', 'serias', 'daria para', 'importaria', 'importarias'] },
    { id: 'please', label: '“por favor” inside the request', weight: 0.25, anywhere: ['por favor', 'pfv', 'pf', 'se faz favor', 'faz favor'] },
    { id: 'hedge', label: 'softened with a hedge', weight: 0.15, anywhere: ['acho que', 'creio que', 'penso que', 'parece que', 'talvez', 'quem sabe', 'possivelmente', 'provavelmente', 'aparentemente', 'suponho', 'sugiro', 'um pouco', 'meio que', 'se não me engano', 'se entendi bem'] },
    { id: 'help', label: 'offers or asks for help', weight: 0.2, anywhere: ['ajuda', 'ajudar', 'ajudá-lo', 'ajudá-la', 'te ajudar', 'conselho', 'sugestão', 'sugestões'] },
    { id: 'first-person-plural', label: 'says “we”', weight: 0.05, anywhere: ['nós', 'nosso', 'nossa', 'nossos', 'nossas', 'podemos', 'vamos'] },
    { id: 'please-start', label: 'opens with a bare “Por favor”', weight: -0.15, opening: true, starts: ['por favor'] },
    { id: 'second-person-start', label: 'opens with “você / tu”', weight: -0.2, starts: ['você', 'tu', 'teu', 'tua', 'seu', 'sua'] },
    { id: 'factuality', label: 'insists (“na verdade”, “obviamente”)', weight: -0.25, anywhere: ['na verdade', 'de fato', 'obviamente', 'evidentemente', 'claramente', 'francamente', 'sinceramente', 'é claro que não', 'a verdade é que', 'realmente\\s*\\?'] },
    { id: 'obligation', label: 'tells the reader what they must do', weight: -0.3, anywhere: ['você tem que', 'você precisa', 'você deve', 'tens de', 'tens que', 'deves', 'é obrigatório', 'tem que'] },
    { id: 'why', label: 'asks “por que…?”', weight: -0.25, question: true, anywhere: ['por que', 'porque', 'por quê', 'porquê'], unless: ['por que não'] },
    { id: 'rhetorical', label: 'rhetorical question (“não é?”, “né?”)', weight: -0.3, question: true, anywhere: ['não é\\s*\\?', 'né\\s*\\?', 'certo\\s*\\?', 'não vê', 'não percebe', 'não entende'] },
    { id: 'stacked-marks', label: 'stacked “??” or “?!”', weight: -0.4, anywhere: ['\\?\\s*\\?', '\\?\\s*!', '!\\s*\\?', '!!'] },
    { id: 'direct-question', label: 'direct question opening', weight: -0.3, question: true, starts: ['o que(?! (?:acha|achas|pensa|pensas))', 'que', 'quem', 'como(?! (?:vai|está|estás))', 'onde', 'quando', 'qual', 'quais', 'quanto'] },
    { id: 'direct-start', label: 'opens with “então” / “mas”', weight: -0.3, opening: true, starts: ['então', 'e', 'mas', 'ou', 'bem', 'olha', 'escuta', 'sério', 'de novo'] },
    { id: 'command', label: 'gives an order', weight: -0.35, starts: ['pare de', 'para de', 'não (?:mexa|mexe|apague|apaga|mude|muda|volte|volta)', 'chega', 'explique', 'explica', 'me diga', 'diga-me', 'me dê', 'leia', 'lê', 'aprenda', 'vá embora', 'cale-se', 'cala a boca', 'acalme-se', 'respeite', 'desfaça', 'apague', 'corrija', 'faça'] },
    { id: 'challenge', label: 'challenges the reader (“sério?”, “quem você pensa que é?”)', weight: -0.45, anywhere: ['sério\\s*\\?', 'está de brincadeira', 'tá de brincadeira', 'nem sequer', 'nem mesmo', 'que diabos', 'quem você pensa que é', 'como (?:você )?se atreve', 'qual é o seu problema', 'qual é o teu problema', 'você sequer leu'] },
    { id: 'insult', label: 'insults or harsh words', weight: -0.5, anywhere: ['idiotas?', 'estúpid[oa]s?', 'imbecis', 'imbecil', 'burr[oa]s?', 'inútil', 'inúteis', 'ridícul[oa]s?', 'absurd[oa]s?', 'vândal[oa]s?', 'vandalismo', 'lixo', 'merda', 'porcaria', 'vergonha', 'mentira', 'mentiroso', 'ignorante'] },
  ],
  customer: {
    frustrated: [[2, ['é a (?:segunda|terceira|quarta) vez', 'toda vez que', 'de novo', 'mais uma vez', 'ainda não', 'continua sem', 'pela (?:segunda|terceira) vez', 'cansad[oa] de', 'farto', 'frustrad[oa]', 'frustrante', 'decepcionad[oa]', 'chatead[oa]', 'estou esperando', 'ninguém (?:responde|ajuda)', 'quantas vezes']], [1, ['novamente', 'ainda', 'semanas', 'dias', 'não funciona', 'quebrado']]],
    angry: [[3, ['inaceitável', 'ridículo', 'absurdo', 'vergonhoso', 'golpe', 'fraude', 'o pior', 'a pior', 'incompetentes?', 'inúteis', 'uma piada', 'furios[oa]', 'merda']], [2, ['cancelar (?:minha|a) (?:conta|assinatura)', 'advogado', 'procon', 'reclamação', 'nunca mais', 'terrível', 'horrível', 'péssimo']]],
    confused: [[2, ['não entendo', 'não entendi', 'não sei (?:como|onde|o que|por que)', 'confus[oa]', 'não faz sentido', 'como (?:faço|posso)', 'onde (?:está|encontro|fica)', 'o que significa']], [1, ['explicar', 'não está claro']]],
    anxious: [[2, ['preocupad[oa]', 'me preocupa', 'nervos[oa]', 'medo', 'ansios[oa]', 'estressad[oa]', 'hackead[oa]', 'roubad[oa]', 'fraude', 'perder (?:meu|minha|tudo)']], [1, ['seguro', 'e se']]],
    urgent: [[3, ['urgente', 'urgência', 'imediatamente', 'o quanto antes', 'agora mesmo', 'emergência']], [2, ['hoje', 'até amanhã', 'prazo', 'crítico']]],
    happy: [[2, ['muito obrigad[oa]', 'adorei', 'ótimo', 'excelente', 'perfeito', 'maravilhos[oa]', 'fantástic[oa]', 'incrível']], [1, ['obrigad[oa]', 'feliz', 'content[oa]']]],
  },
  negators: ['não', 'nunca', 'jamais', 'sem', 'nem', 'nenhum', 'nenhuma', 'nada'],
  warmSamples: ['Olá Ana, obrigado pela paciência: infelizmente ainda estamos verificando e te escrevo hoje.', 'Você tem razão e sinto muito; vamos corrigir, hoje não é possível.'],
});
