// Written by `npm run fit` (src/eval/fit-empathy.ts): do not edit by hand. See docs/evaluation.md.
export const EMPATHY_WEIGHTS: {
  weights: Readonly<Record<string, number>>;
  fit: Readonly<Record<string, string | number>>;
} = {
  weights: {
    validation: 1.174,
    'validation-more': 0.017,
    'emotional-reaction': 1.036,
    'emotional-reaction-more': 0.239,
    interpretation: 1.321,
    'interpretation-more': 0.072,
    exploration: 1.031,
    reassurance: 2.315,
    'reassurance-more': 0.085,
    ownership: 0.249,
    'ownership-more': 1.475,
    'unacknowledged-upset': -4.303,
    thanks: 1.247,
    'time-frame': 1.796,
    'speaks-to-customer': 1.791,
    'positive-wording': 1.677,
  },
  fit: {
    sources: 'goemotions-care (2000), support (97)',
    lambda: 0.0003,
    cvAuc: 0.855,
    floors: 'exploration ≥ 1.031 (emotional-reaction), interpretation ≥ 1.031 (emotional-reaction)',
  },
};
