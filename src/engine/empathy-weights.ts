// Written by `npm run fit` (src/eval/fit-empathy.ts): do not edit by hand. See docs/evaluation.md.
export const EMPATHY_WEIGHTS: {
  weights: Readonly<Record<string, number>>;
  fit: Readonly<Record<string, string | number>>;
} = {
  weights: {
    validation: 1.121,
    'validation-more': 0.015,
    'emotional-reaction': 0.957,
    'emotional-reaction-more': 0.239,
    interpretation: 1.22,
    'interpretation-more': 0.068,
    exploration: 1.031,
    reassurance: 2.267,
    'reassurance-more': 0.084,
    ownership: 0.31,
    'ownership-more': 1.415,
    'advice-first': -1.031,
    'unacknowledged-upset': -4.174,
    thanks: 1.206,
    'time-frame': 1.823,
    'speaks-to-customer': 1.975,
    'positive-wording': 1.685,
  },
  fit: {
    sources: 'goemotions-care (2000), support (97)',
    lambda: 0.0003,
    cvAuc: 0.842,
    floors:
      'exploration at least 1.031 in size (as emotional-reaction), interpretation at least 1.031 in size (as emotional-reaction), advice-first at least 1.031 in size (as emotional-reaction)',
  },
};
