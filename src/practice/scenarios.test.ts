import { describe, expect, it } from 'vitest';
import type { ScenarioSpec } from '../engine';
import { filterScenarios, listScenarios, pickScenario, scenarioFacets } from './index';
import { DOUBLE_CHARGE, drillPack } from './test-helpers';

const variant = (id: string, extra: Partial<ScenarioSpec>): ScenarioSpec => ({ ...DOUBLE_CHARGE, id, ...extra });

const outage = variant('outage', { situation: 'outage', difficulty: 'hard', channel: 'chat' });
const thanks = variant('thanks', { situation: 'happy-customer', difficulty: 'easy', emotion: 'happy' });
const packs = [
  drillPack([DOUBLE_CHARGE, outage, thanks]),
  drillPack([variant('late', { situation: 'late-delivery', difficulty: 'easy' })], 'team'),
];
const all = listScenarios(packs);

describe('listScenarios', () => {
  it('lists every pack’s scenarios in order, with keys and qualified goal rules', () => {
    expect(all.map((s) => s.key)).toEqual(['drill/double-charge', 'drill/outage', 'drill/thanks', 'team/late']);
    expect(all[0]).toMatchObject({
      pack: { id: 'drill', name: 'Drills' },
      customer: 'Priya',
      notes: DOUBLE_CHARGE.notes,
    });
    expect(all[0].goals.rules).toEqual(['core/unfortunately', 'core/you-failed-to', 'drill/no-policy']);
    expect(all[3].goals.rules).toContain('team/no-policy');
  });

  it('spells out the thread and answers its last customer message', () => {
    expect(all[0].thread).toEqual([{ author: 'customer', text: DOUBLE_CHARGE.message }]);
    expect(all[0].customerMessage).toBe(DOUBLE_CHARGE.message);
    const thread = [
      { author: 'customer' as const, text: 'Where is my parcel?' },
      { author: 'agent' as const, text: 'It left on Monday.' },
      { author: 'customer' as const, text: 'It is Friday and still nothing.' },
    ];
    const [threaded] = listScenarios([drillPack([variant('thread', { message: undefined, thread })])]);
    expect(threaded.thread).toEqual(thread);
    expect(threaded.customerMessage).toBe('It is Friday and still nothing.');
  });

  it('lets a later pack with the same id replace a scenario, and reads packs without scenarios', () => {
    const updated = listScenarios([
      drillPack([DOUBLE_CHARGE]),
      drillPack([variant('double-charge', { title: 'Charged twice (v2)' })]),
    ]);
    expect(updated.map((s) => s.title)).toEqual(['Charged twice (v2)']);
    expect(listScenarios([{ ...drillPack(), scenarios: undefined }])).toEqual([]);
  });
});

describe('pickScenario', () => {
  it('filters by pack, situation, difficulty and channel', () => {
    expect(filterScenarios(all, { pack: 'drill' }).map((s) => s.id)).toEqual(['double-charge', 'outage', 'thanks']);
    expect(filterScenarios(all, { situation: 'outage' }).map((s) => s.id)).toEqual(['outage']);
    expect(filterScenarios(all, { difficulty: 'easy' }).map((s) => s.key)).toEqual(['drill/thanks', 'team/late']);
    expect(filterScenarios(all, { channel: 'chat', difficulty: 'easy' })).toEqual([]);
  });

  it('surprises with the injected random, over every scenario', () => {
    expect(pickScenario(all, {}, () => 0)?.key).toBe('drill/double-charge');
    expect(pickScenario(all, {}, () => 0.5)?.key).toBe('drill/thanks');
    expect(pickScenario(all, {}, () => 0.999)?.key).toBe('team/late');
    // a random source that returns 1 (outside Math.random's range) still picks a scenario
    expect(pickScenario(all, {}, () => 1)?.key).toBe('team/late');
  });

  it('avoids the given scenarios while others match, and repeats rather than return nothing', () => {
    const avoid = ['drill/double-charge', 'drill/outage'];
    expect(pickScenario(all, { pack: 'drill', avoid }, () => 0)?.key).toBe('drill/thanks');
    expect(pickScenario(all, { situation: 'outage', avoid }, () => 0)?.key).toBe('drill/outage');
    expect(pickScenario(all, { situation: 'no-such-thing' }, () => 0)).toBeUndefined();
    expect(pickScenario([], {}, () => 0)).toBeUndefined();
  });

  it('reaches every scenario with Math.random', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(pickScenario(all)!.key);
    expect(seen.size).toBe(all.length);
  });
});

describe('scenarioFacets', () => {
  it('counts what the picker can offer', () => {
    expect(scenarioFacets(all)).toEqual({
      packs: [
        { id: 'drill', name: 'Drills', count: 3 },
        { id: 'team', name: 'Drills', count: 1 },
      ],
      situations: [
        { situation: 'billing-error', count: 1 },
        { situation: 'outage', count: 1 },
        { situation: 'happy-customer', count: 1 },
        { situation: 'late-delivery', count: 1 },
      ],
      difficulties: [
        { difficulty: 'easy', count: 2 },
        { difficulty: 'medium', count: 1 },
        { difficulty: 'hard', count: 1 },
      ],
    });
  });
});
