/** Portuguese: the cue phrases of the customer's emotions, with their weights, and the negators. */
import type { LanguageSpec } from '../define';

export const customer: LanguageSpec['customer'] = {
  frustrated: [
    [
      2,
      [
        'é a (?:segunda|terceira|quarta) vez',
        'toda vez que',
        'de novo',
        'mais uma vez',
        'ainda não',
        'continua sem',
        'pela (?:segunda|terceira) vez',
        'cansad[oa] de',
        'farto',
        'frustrad[oa]',
        'frustrante',
        'decepcionad[oa]',
        'chatead[oa]',
        'estou esperando',
        'ninguém (?:responde|ajuda)',
        'quantas vezes',
      ],
    ],
    [1, ['novamente', 'ainda', 'semanas', 'dias', 'não funciona', 'quebrado']],
  ],
  angry: [
    [
      3,
      [
        'inaceitável',
        'ridículo',
        'absurdo',
        'vergonhoso',
        'golpe',
        'fraude',
        'o pior',
        'a pior',
        'incompetentes?',
        'inúteis',
        'uma piada',
        'furios[oa]',
        'merda',
      ],
    ],
    [
      2,
      [
        'cancelar (?:minha|a) (?:conta|assinatura)',
        'advogado',
        'procon',
        'reclamação',
        'nunca mais',
        'terrível',
        'horrível',
        'péssimo',
      ],
    ],
  ],
  confused: [
    [
      2,
      [
        'não entendo',
        'não entendi',
        'não sei (?:como|onde|o que|por que)',
        'confus[oa]',
        'não faz sentido',
        'como (?:faço|posso)',
        'onde (?:está|encontro|fica)',
        'o que significa',
      ],
    ],
    [1, ['explicar', 'não está claro']],
  ],
  anxious: [
    [
      2,
      [
        'preocupad[oa]',
        'me preocupa',
        'nervos[oa]',
        'medo',
        'ansios[oa]',
        'estressad[oa]',
        'hackead[oa]',
        'roubad[oa]',
        'fraude',
        'perder (?:meu|minha|tudo)',
      ],
    ],
    [1, ['seguro', 'e se']],
  ],
  urgent: [
    [3, ['urgente', 'urgência', 'imediatamente', 'o quanto antes', 'agora mesmo', 'emergência']],
    [2, ['hoje', 'até amanhã', 'prazo', 'crítico']],
  ],
  happy: [
    [
      2,
      ['muito obrigad[oa]', 'adorei', 'ótimo', 'excelente', 'perfeito', 'maravilhos[oa]', 'fantástic[oa]', 'incrível'],
    ],
    [1, ['obrigad[oa]', 'feliz', 'content[oa]']],
  ],
};

/** Words that turn the sentiment of the next two words. */
export const negators: LanguageSpec['negators'] = ['não', 'nunca', 'jamais', 'sem', 'nem', 'nenhum', 'nenhuma', 'nada'];
