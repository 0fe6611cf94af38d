import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine';
import { BUILTIN_PACKS } from '../packs';
import { runScenarioChecks } from './index';
import { DOUBLE_CHARGE, drillPack } from './test-helpers';

describe('runScenarioChecks', () => {
  it('passes a model reply that meets its goals and a message that reads as its emotion', () => {
    const pack = drillPack();
    expect(runScenarioChecks(createAnalyzer([...BUILTIN_PACKS, pack]), pack)).toEqual({
      failures: [],
      counts: { passed: 10, failed: 0 },
    });
  });

  it('fails each goal the model reply misses, and an emotion the message does not show', () => {
    const pack = drillPack([
      DOUBLE_CHARGE,
      {
        ...DOUBLE_CHARGE,
        id: 'calm',
        message: 'Hello, I see two charges on my statement for order 1182.',
        model: 'Hi Priya, our policy is one charge per order. Thanks!',
      },
    ]);
    const { failures, counts } = runScenarioChecks(createAnalyzer([...BUILTIN_PACKS, pack]), pack);
    expect(failures.map((f) => `${f.scenarioIndex} ${f.scenario} ${f.check} ${f.goal?.key ?? ''}`.trim())).toEqual([
      '1 calm emotion',
      '1 calm model element:acknowledgement',
      '1 calm model element:apology',
      '1 calm model element:next-step',
      '1 calm model element:time-frame',
      '1 calm model rule:drill/no-policy',
    ]);
    expect(failures[0].message).toBe(
      "the customer's message reads as neutral, not angry: let the feeling show in their words",
    );
    expect(failures[5]).toMatchObject({
      goal: { label: 'Avoids “no policy”' },
      message: '“our policy” hides behind a rule. Say what you can do instead.',
    });
    // greeting, closing (“Thanks!”) and the two core rules pass
    expect(counts).toEqual({ passed: 10 + 4, failed: 6 });
  });

  it('fails a goal whose rule the packs in use turn off, and has nothing to check without a model or an emotion', () => {
    const pack = drillPack([
      { ...DOUBLE_CHARGE, model: undefined, emotion: 'neutral' },
      { ...DOUBLE_CHARGE, id: 'off' },
    ]);
    const { failures } = runScenarioChecks(
      createAnalyzer([...BUILTIN_PACKS, { ...pack, disable: ['core/unfortunately'] }]),
      pack,
    );
    expect(failures).toEqual([
      {
        scenarioIndex: 1,
        scenario: 'off',
        check: 'model',
        goal: { key: 'rule:core/unfortunately', label: 'Avoids “unfortunately”' },
        message: 'This rule is turned off, so it was not checked.',
      },
    ]);
  });
});
