import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { packStatesItem, subscriptionsItem } from '../../storage';
import { DOUBLE_CHARGE, drillPack } from '../../practice/test-helpers';
import { settingsItem, DEFAULT_SETTINGS } from '../../settings';
import { loadProgress } from './progress';
import { createPracticeStore } from './store';

const POOR = 'Unfortunately you failed to check your statement. Our policy says refunds take a while.';

async function subscribeTo(pack = drillPack([DOUBLE_CHARGE], 'team')) {
  const id = 'https://packs.example/team.yaml';
  await subscriptionsItem.setValue({ list: [{ id, source: 'options', url: id, addedAt: 1 }], dismissedManaged: [] });
  await packStatesItem.setValue({ [id]: { active: { pack, file: id, fetchedAt: 2 }, failures: 0 } });
}

async function openStore(options: Parameters<typeof createPracticeStore>[0] = {}) {
  const controller = new AbortController();
  const practice = createPracticeStore({ signal: controller.signal, now: () => 1000, ...options });
  await practice.ready;
  return { ...practice, close: () => controller.abort() };
}

describe('the practice store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('offers the built-in scenarios and those of the agent’s subscribed packs', async () => {
    await subscribeTo();
    const { store, close } = await openStore();
    const { scenarios, facets, loaded, problem } = store.getState();
    expect({ loaded, problem }).toEqual({ loaded: true, problem: null });
    expect(scenarios.filter((s) => s.pack.id === 'practice').length).toBe(25);
    expect(scenarios.at(-1)!.key).toBe('team/double-charge');
    expect(facets.packs.map((p) => p.id)).toEqual([
      'practice',
      'practice-es',
      'practice-fr',
      'practice-de',
      'practice-pt',
      'team',
    ]);
    close();
  });

  it('scores a reply, shows the goals missed, and records the score but never the reply', async () => {
    await subscribeTo();
    const { store, actions, close } = await openStore();
    expect(actions.choose('team/double-charge')).toBe(true);
    expect(actions.choose('team/nope')).toBe(false);
    const result = await actions.submit(POOR);
    expect(result?.goals.filter((g) => !g.met).map((g) => g.key)).toContain('rule:team/no-policy');
    expect(store.getState().result).toBe(result);
    const progress = await loadProgress();
    expect(progress.attempts).toEqual([
      { scenario: 'team/double-charge', at: 1000, score: result!.score, met: 0, goals: 9 },
    ]);
    expect(store.getState().progress).toEqual(progress);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('statement');

    await actions.submit(DOUBLE_CHARGE.model!);
    expect(store.getState().result!.goals.every((g) => g.met)).toBe(true);
    expect((await loadProgress()).scenarios['team/double-charge']).toMatchObject({
      attempts: 2,
      best: store.getState().result!.score,
    });
    close();
  });

  it('scores a blank reply without counting it as an attempt', async () => {
    const { store, actions, close } = await openStore();
    actions.choose('practice/double-charge');
    const result = await actions.submit('   ');
    expect(result?.score).toBe(0);
    expect(store.getState().progress.attempts).toEqual([]);
    close();
  });

  it('surprises within the filter, away from the scenario on screen and those done', async () => {
    const { store, actions, close } = await openStore({ random: () => 0 });
    actions.setFilter({ situation: 'outage' });
    const first = actions.surprise()!;
    expect(first.situation).toBe('outage');
    await actions.submit('Hi, sorry about the outage.');
    const second = actions.surprise()!;
    expect(second.situation).toBe('outage');
    expect(second.key).not.toBe(first.key);
    expect(store.getState().result).toBeNull();
    close();
  });

  it('follows the rules in force: a rule turned off is no longer checked, and the score is made again', async () => {
    const { store, actions, close } = await openStore();
    actions.choose('practice/double-charge');
    await actions.submit(POOR);
    const before = store.getState().analyzer;
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, disabledRules: ['core/unfortunately'] });
    await vi.waitFor(() => expect(store.getState().analyzer).not.toBe(before));
    expect(store.getState().current?.key).toBe('practice/double-charge');
    expect(store.getState().result?.goals.find((g) => g.key === 'rule:core/unfortunately')).toMatchObject({
      checked: false,
    });
    close();
  });
});
