/** French: the cue phrases of the customer's emotions, with their weights, and the negators. */
import type { LanguageSpec } from '../define';

export const customer: LanguageSpec['customer'] = {
  frustrated: [
    [
      2,
      [
        "c'est la (?:deuxième|troisième|quatrième|énième) fois",
        'à chaque fois',
        'encore une fois',
        'toujours pas',
        'toujours rien',
        'ne fonctionne toujours',
        'pour la (?:deuxième|troisième|énième) fois',
        "j'en ai marre",
        'marre',
        'ras-le-bol',
        'frustrée?',
        'frustrant',
        'déçue?',
        'agacée?',
        "j'attends depuis",
        "personne ne (?:répond|m'aide)",
        'combien de fois',
      ],
    ],
    [1, ['encore', 'toujours', 'semaines', 'jours', 'ne marche pas', 'ne fonctionne pas', 'cassé']],
  ],
  angry: [
    [
      3,
      [
        'inacceptable',
        'scandaleux',
        'honteux',
        'inadmissible',
        'arnaque',
        'escroquerie',
        'le pire',
        'incompétents?',
        'nuls?',
        'une blague',
        'furieux',
        'furieuse',
        'merde',
      ],
    ],
    [
      2,
      [
        'résilier',
        'annuler mon (?:compte|abonnement)',
        'avocat',
        'plainte',
        'plus jamais',
        'terrible',
        'horrible',
        'lamentable',
      ],
    ],
  ],
  confused: [
    [
      2,
      [
        'je ne comprends pas',
        'je comprends pas',
        'je ne sais pas (?:comment|où|quoi|pourquoi)',
        'perdue?',
        'confuse?',
        "ça n'a aucun sens",
        'comment (?:faire|puis-je|je fais)',
        'où (?:est|trouver|puis-je)',
        'que veut dire',
      ],
    ],
    [1, ['expliquer', 'pas clair']],
  ],
  anxious: [
    [
      2,
      [
        'inquiète?',
        "m'inquiète",
        'inquiétude',
        'stressée?',
        'peur',
        'angoissée?',
        'paniquée?',
        'piratée?',
        'volée?',
        'fraude',
        'perdre (?:mon|mes|tout)',
      ],
    ],
    [1, ['sécurisé', 'que se passe-t-il si']],
  ],
  urgent: [
    [3, ['urgent(?:e|ement)?', 'au plus vite', 'immédiatement', 'tout de suite', 'urgence']],
    [2, ["aujourd'hui", "d'ici demain", 'dès que possible', 'délai', 'critique']],
  ],
  happy: [
    [
      2,
      ['merci beaucoup', 'mille mercis', "j'adore", 'génial', 'excellent', 'parfait', 'formidable', 'super', 'ravie?'],
    ],
    [1, ['merci', 'contente?', 'heureux', 'heureuse']],
  ],
};

/** Words that turn the sentiment of the next two words. */
export const negators: LanguageSpec['negators'] = [
  'ne',
  'pas',
  'jamais',
  'sans',
  'aucun',
  'aucune',
  'ni',
  'rien',
  'plus',
];
