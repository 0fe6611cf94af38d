// Written by `npm run fit` (src/eval/fit-empathy.ts): do not edit by hand. See docs/evaluation.md.
export const EMPATHY_WEIGHTS: {
  weights: Readonly<Record<string, number>>;
  fit: Readonly<Record<string, string | number>>;
} = {
  weights: {
    validation: 1.088,
    'validation-more': 0.003,
    'emotional-reaction': 0.919,
    'emotional-reaction-more': 0.245,
    interpretation: 1.249,
    'interpretation-more': 0.433,
    exploration: 0.991,
    reassurance: 2.262,
    'reassurance-more': 0.084,
    ownership: 0.294,
    'ownership-more': 1.362,
    'advice-first': -0.991,
    'unacknowledged-upset': -4.162,
    thanks: 1.203,
    'time-frame': 1.805,
    'speaks-to-customer': 1.956,
    'positive-wording': 1.681,
  },
  fit: {
    sources: 'goemotions-care (2000), support (97)',
    lambda: 0.0003,
    cvAuc: 0.842,
    floors:
      'exploration at least 0.991 in size (as emotional-reaction), interpretation at least 0.991 in size (as emotional-reaction), advice-first at least 0.991 in size (as emotional-reaction)',
  },
};
