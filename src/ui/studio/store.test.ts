import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { packStatesItem, subscriptionsItem } from '../../storage';
import type { PackSpec } from '../../engine';
import { loadPack } from '../../packs';
import { createStudioStore } from './store';

beforeEach(() => fakeBrowser.reset());

const own: PackSpec = {
  id: 'team',
  name: 'Team',
  version: '1.0.0',
  language: 'en',
  rules: [
    {
      id: 'kindly',
      kind: 'phrase',
      category: 'tone',
      severity: 'hint',
      phrases: ['kindly'],
      message: 'm',
      examples: [{ text: 'Kindly wait.', flags: 'Kindly' }],
      allows: ['Please wait.'],
    },
  ],
};

async function studioWithOwnPack() {
  await subscriptionsItem.setValue({ list: [{ id: 'file:team', source: 'file', addedAt: 1 }], dismissedManaged: [] });
  await packStatesItem.setValue({
    'file:team': { active: { pack: own, file: 'team.yaml', fetchedAt: 1 }, failures: 0 },
  });
  const save = vi.fn(async () => ({ ok: true as const, id: 'file:team' }));
  const studio = createStudioStore(save);
  await studio.ready;
  return { studio, save };
}

describe('the studio store', () => {
  it('lists the built-in packs and the agent’s own, and opens one as a copy', async () => {
    const { studio } = await studioWithOwnPack();
    expect(studio.store.getState().packs.map((p) => `${p.source}:${p.pack.id}`)).toEqual([
      'built-in:core',
      'built-in:jargon',
      'built-in:macros',
      'built-in:core-es',
      'built-in:core-fr',
      'built-in:core-de',
      'built-in:core-pt',
      'built-in:practice',
      'built-in:practice-es',
      'built-in:practice-fr',
      'built-in:practice-de',
      'built-in:practice-pt',
      'file:team',
    ]);
    studio.actions.openCopy('file:team');
    expect(studio.store.getState()).toMatchObject({
      form: { id: 'team' },
      origin: 'a copy of “Team”',
      dirty: false,
      check: { passes: true },
    });
  });

  it('saves nothing until the trainer saves, then the YAML the loader accepts', async () => {
    const { studio, save } = await studioWithOwnPack();
    studio.actions.openCopy('file:team');
    studio.actions.set(['rules', 0, 'fields', 'phrases'], ['kindly', 'please be advised']);
    studio.actions.addRule('swap');
    studio.actions.removeRule(1);
    expect(save).not.toHaveBeenCalled();
    expect(studio.store.getState().dirty).toBe(true);
    await studio.actions.save();
    expect(save).toHaveBeenCalledTimes(1);
    const [fileName, text] = save.mock.calls[0] as unknown as [string, string];
    expect(fileName).toBe('team.yaml');
    const loaded = loadPack(text, fileName);
    expect(loaded.ok && loaded.pack.rules[0].phrases).toEqual(['kindly', 'please be advised']);
    expect(studio.store.getState().dirty).toBe(false);
  });

  it('suggests a rule in the agent’s own pack, or in a new one', async () => {
    const { studio } = await studioWithOwnPack();
    studio.actions.suggest('per policy');
    const { form } = studio.store.getState();
    expect(form?.id).toBe('team');
    expect(form?.rules.at(-1)).toMatchObject({
      id: 'per-policy',
      kind: 'phrase',
      fields: { phrases: ['per policy'] },
      examples: [{ text: 'per policy', flags: 'per policy' }],
    });
    expect(studio.store.getState().check?.cases['rules[1].examples[0]'].ok).toBe(true);

    fakeBrowser.reset();
    const fresh = createStudioStore(vi.fn());
    await fresh.ready;
    fresh.actions.suggest('per policy');
    expect(fresh.store.getState().form).toMatchObject({ id: 'my-rules', rules: [{ id: 'per-policy' }] });
  });
});
