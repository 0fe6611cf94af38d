// Written by `npm run fit` (src/eval/fit-main.ts): do not edit by hand. See docs/evaluation.md.
export const TONE_WEIGHTS: {
  bias: number;
  weights: Readonly<Record<string, number>>;
  fit: Readonly<Record<string, string | number>>;
} = {
  bias: 0.016,
  weights: {
    gratitude: 2.752,
    deference: 0.593,
    greeting: 1.048,
    apology: 1.238,
    indirect: 0.684,
    counterfactual: 0.806,
    please: 0.666,
    help: 1.135,
    indicative: 0.674,
    'first-person-plural': 0.032,
    'first-person-start': 0.497,
    'first-person': 0.093,
    'second-person': 0.068,
    'please-start': -0.076,
    'second-person-start': -0.502,
    factuality: -0.652,
    obligation: -0.29,
    why: -1.772,
    rhetorical: -0.842,
    'stacked-marks': -1.265,
    'direct-question': -0.968,
    'direct-start': -0.592,
    command: -0.753,
    challenge: -0.968,
    'warm-wording': 1.756,
    'harsh-wording': -1.579,
    'no-courtesy': -0.56,
    'harsh-word': -0.157,
  },
  fit: {
    sources: 'wikipedia-politeness (1089), goemotions-tone (5000)',
    lambda: 0.001,
    cvAuc: 0.887,
  },
};
