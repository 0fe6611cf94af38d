/** German: the cue phrases of the customer's emotions, with their weights, and the negators. */
import type { LanguageSpec } from '../define';

export const customer: LanguageSpec['customer'] = {
  frustrated: [
    [
      2,
      [
        '(?:zum )?(?:zweite|dritte|vierte)n? mal',
        'jedes mal',
        'schon wieder',
        'immer noch nicht',
        'immer noch kein',
        'zum (?:zweiten|dritten) mal',
        'ich habe es satt',
        'genervt',
        'frustriert',
        'frustrierend',
        'enttäuscht',
        'ärgerlich',
        'ich warte seit',
        'niemand (?:antwortet|hilft)',
        'wie oft',
      ],
    ],
    [1, ['wieder', 'immer noch', 'wochen', 'tage', 'funktioniert nicht', 'kaputt']],
  ],
  angry: [
    [
      3,
      [
        'inakzeptabel',
        'unverschämt',
        'lächerlich',
        'frechheit',
        'betrug',
        'abzocke',
        'der schlechteste',
        'unfähig',
        'witz',
        'wütend',
        'scheiße',
      ],
    ],
    [2, ['kündigen', 'anwalt', 'beschwerde', 'nie wieder', 'furchtbar', 'schrecklich', 'katastrophe']],
  ],
  confused: [
    [
      2,
      [
        'ich verstehe nicht',
        'verstehe ich nicht',
        'ich weiß nicht (?:wie|wo|was|warum)',
        'verwirrt',
        'verwirrend',
        'ergibt keinen sinn',
        'wie (?:kann|mache|soll) ich',
        'wo (?:finde|ist)',
        'was bedeutet',
      ],
    ],
    [1, ['erklären', 'unklar']],
  ],
  anxious: [
    [
      2,
      [
        'besorgt',
        'sorgen',
        'ich mache mir sorgen',
        'nervös',
        'angst',
        'gestresst',
        'panik',
        'gehackt',
        'gestohlen',
        'betrug',
        'verlieren',
      ],
    ],
    [1, ['sicher', 'was passiert wenn']],
  ],
  urgent: [
    [3, ['dringend', 'sofort', 'asap', 'notfall', 'so schnell wie möglich']],
    [2, ['heute', 'bis morgen', 'frist', 'kritisch']],
  ],
  happy: [
    [
      2,
      [
        'vielen herzlichen dank',
        'tausend dank',
        'super',
        'großartig',
        'perfekt',
        'fantastisch',
        'wunderbar',
        'begeistert',
      ],
    ],
    [1, ['danke', 'zufrieden', 'froh', 'freue']],
  ],
};

/** Words that turn the sentiment of the next two words. */
export const negators: LanguageSpec['negators'] = [
  'nicht',
  'kein',
  'keine',
  'keinen',
  'keinem',
  'keiner',
  'nie',
  'niemals',
  'ohne',
];
