import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine';
import { BUILTIN_PACKS } from '../packs';
import { listScenarios, scenarioGoals, scoreAttempt } from './index';
import { DOUBLE_CHARGE, drillPack } from './test-helpers';

const pack = drillPack();
const analyzer = createAnalyzer([...BUILTIN_PACKS, pack]);
const [scenario] = listScenarios([pack]);
const POOR = 'Unfortunately you failed to check your statement. Our policy says refunds take a while.';
const summary = (goals: Array<{ key: string; met: boolean }>) => goals.map((g) => `${g.met ? '✓' : '✗'} ${g.key}`);

describe('scenarioGoals', () => {
  it('labels each goal and gives it a stable key', () => {
    expect(scenarioGoals(analyzer, scenario).map((g) => `${g.key} | ${g.label}`)).toEqual([
      'element:greeting | Greeting',
      'element:acknowledgement | Acknowledges the customer',
      'element:apology | Apology',
      'element:next-step | Clear next step',
      'element:time-frame | Time frame',
      'element:closing | Closing',
      'rule:core/unfortunately | Avoids “unfortunately”',
      'rule:core/you-failed-to | Avoids “you failed to”',
      'rule:drill/no-policy | Avoids “no policy”',
    ]);
  });
});

describe('scoreAttempt', () => {
  it('meets every goal with the model reply, saying where', () => {
    const result = scoreAttempt(analyzer, scenario, DOUBLE_CHARGE.model!);
    expect(summary(result.goals).filter((g) => g.startsWith('✗'))).toEqual([]);
    const greeting = result.goals[0];
    expect(greeting).toMatchObject({
      met: true,
      checked: true,
      why: 'Found in “Hi Priya,”',
      places: [{ start: 0, end: 9 }],
      suggestions: [],
    });
    expect(result.goals[3].why).toMatch(/^Found in “I've refunded the duplicate charge/);
    expect(result.score).toBeGreaterThanOrEqual(90);
    expect(result.scenario).toBe('drill/double-charge');
  });

  it('misses goals in a poor reply, each with why, where and what to write instead', () => {
    const result = scoreAttempt(analyzer, scenario, POOR);
    expect(summary(result.goals)).toEqual([
      '✗ element:greeting',
      '✗ element:acknowledgement',
      '✗ element:apology',
      '✗ element:next-step',
      '✗ element:time-frame',
      '✗ element:closing',
      '✗ rule:core/unfortunately',
      '✗ rule:core/you-failed-to',
      '✗ rule:drill/no-policy',
    ]);
    const acknowledgement = result.goals[1];
    expect(acknowledgement.why).toMatch(/never acknowledges/);
    // the pack's own require rule supplies the text to add
    expect(acknowledgement.suggestions).toEqual([
      "I'm really sorry about the trouble this has caused.",
      'I can see why this has been so frustrating.',
    ]);
    const blame = result.goals[7];
    expect(blame.why).toBe(
      '“you failed to check” puts the blame on the customer. ' +
        analyzer.rules.find((r) => r.rule === 'core/you-failed-to')!.why,
    );
    expect(blame.places.map((p) => POOR.slice(p.start, p.end))).toEqual(['you failed to check']);
    expect(result.goals[8]).toMatchObject({
      why: '“Our policy” hides behind a rule. Say what you can do instead.',
      suggestions: ['What I can do'],
    });
    expect(result.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining([
        'core/unfortunately',
        'core/you-failed-to',
        'drill/no-policy',
        'core/acknowledge-feelings',
      ]),
    );
    expect(result.score).toBeLessThan(20);
  });

  it('builds the score from goals met, empathy and warnings, and shows how', () => {
    const result = scoreAttempt(analyzer, scenario, POOR);
    expect(result.scoreParts.map((p) => p.label)).toEqual([
      '0 of 9 goals met',
      `empathy ${result.report.scores.empathy}/100`,
      '1 warning',
    ]);
    expect(result.scoreParts[2].delta).toBe(-10);
    expect(result.score).toBe(
      Math.max(
        0,
        result.scoreParts.reduce((n, p) => n + p.delta, 0),
      ),
    );
    const half = scoreAttempt(
      analyzer,
      scenario,
      "Hi Priya,\n\nI'm so sorry about the double charge. I've refunded it today.\n\nBest,\nAna",
    );
    expect(half.goals.filter((g) => g.met).length).toBe(9);
    const partial = scoreAttempt(analyzer, scenario, 'Hi Priya, the second charge is refunded.');
    expect(partial.scoreParts[0]).toEqual({ label: '4 of 9 goals met', delta: 27 });
  });

  it('scores a blank reply 0 with every goal missed', () => {
    const result = scoreAttempt(analyzer, scenario, '  \n');
    expect(result.score).toBe(0);
    expect(result.scoreParts).toEqual([]);
    expect(result.goals.every((g) => !g.met)).toBe(true);
    expect(result.goals[6].why).toBe('Write a reply first.');
  });

  it('compares with the model reply: the goals only the model met, and the score gap', () => {
    const result = scoreAttempt(analyzer, scenario, 'Hi Priya, unfortunately the refund takes a while.');
    expect(result.model?.text).toBe(DOUBLE_CHARGE.model);
    expect(result.model?.metOnlyByModel).toEqual([
      'element:acknowledgement',
      'element:apology',
      'element:next-step',
      'element:time-frame',
      'element:closing',
      'rule:core/unfortunately',
    ]);
    expect(result.model?.scoreGap).toBe(result.model!.score - result.score);
    expect(result.model?.elements.map((e) => e.element)).toEqual([
      'greeting',
      'acknowledgement',
      'apology',
      'next-step',
      'time-frame',
      'closing',
    ]);
    const [noModel] = listScenarios([drillPack([{ ...DOUBLE_CHARGE, model: undefined }])]);
    expect(scoreAttempt(analyzer, noModel, 'Hi').model).toBeUndefined();
  });

  it('asks for an element whatever the channel or the customer’s mood, with the packs’ own phrases', () => {
    // core's acknowledgement rule only runs for upset customers and counts "good catch"; the goal counts it always
    const [calm] = listScenarios([
      drillPack([
        {
          ...DOUBLE_CHARGE,
          channel: 'chat',
          emotion: 'neutral',
          message: 'Is the invoice total right?',
          goals: { elements: ['greeting', 'acknowledgement'] },
        },
      ]),
    ]);
    const result = scoreAttempt(analyzer, calm, 'Hi Sam! Good catch on the invoice total; I have corrected it.');
    expect(result.report.checklist.map((c) => c.element)).not.toContain('acknowledgement');
    expect(summary(result.goals)).toEqual(['✓ element:greeting', '✓ element:acknowledgement']);
  });

  it('checks a require rule named as a goal by its element, and leaves out a rule the agent turned off', () => {
    const [s] = listScenarios([
      drillPack([{ ...DOUBLE_CHARGE, goals: { rules: ['core/next-step', 'core/you-failed-to'] } }]),
    ]);
    const agent = createAnalyzer([...BUILTIN_PACKS, pack], { disabledRules: ['core/you-failed-to'] });
    const result = scoreAttempt(agent, s, 'You failed to check your statement, so there is not much to do here.');
    expect(result.goals.map((g) => [g.label, g.met, g.checked])).toEqual([
      ['Clear next step', false, true],
      ['Avoids “you failed to”', false, false],
    ]);
    expect(result.goals[1].why).toBe('This rule is turned off, so it was not checked.');
    expect(result.scoreParts[0].label).toBe('0 of 1 goals met');
  });
});
