/** A small practice pack for the tests of src/practice and the CLI. */
import type { PackSpec, ScenarioSpec } from '../engine';

export const DOUBLE_CHARGE: ScenarioSpec = {
  id: 'double-charge',
  title: 'Charged twice',
  situation: 'billing-error',
  difficulty: 'medium',
  channel: 'email',
  emotion: 'angry',
  customer: 'Priya',
  message: 'You charged my card TWICE for the same order. This is unacceptable and I want my money back today!',
  goals: {
    elements: ['greeting', 'acknowledgement', 'apology', 'next-step', 'time-frame', 'closing'],
    rules: ['core/unfortunately', 'core/you-failed-to', 'no-policy'],
  },
  model:
    "Hi Priya,\n\nI'm so sorry we charged you twice; I can see why you're upset. I've refunded the duplicate charge of $49 today, and it will be back on your card within 3 to 5 business days.\n\nI'll check tomorrow that the refund has gone through and let you know.\n\nBest,\nAna",
  notes: 'Own the mistake first, then the fix and the date.',
};

export const drillPack = (scenarios: ScenarioSpec[] = [DOUBLE_CHARGE], id = 'drill'): PackSpec => ({
  id,
  name: 'Drills',
  version: '1.0.0',
  language: 'en',
  rules: [
    {
      id: 'no-policy',
      kind: 'phrase',
      category: 'tone',
      severity: 'suggestion',
      phrases: ['our policy'],
      message: '“{text}” hides behind a rule.',
      why: 'Say what you can do instead.',
      suggest: ['what I can do'],
      examples: [{ text: 'Our policy is clear.', flags: 'Our policy' }],
      allows: ['Here is what I can do.'],
    },
  ],
  scenarios,
});
