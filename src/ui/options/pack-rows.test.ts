import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../settings';
import type { PackSpec } from '../../engine';
import type { PackState, PolicyState, Subscriptions } from '../../storage';
import { packRows } from './index';

const pack = (id: string, version: string): PackSpec => ({
  id,
  name: `${id} pack`,
  version,
  language: 'en',
  rules: [
    {
      id: 'one',
      kind: 'phrase',
      category: 'tone',
      severity: 'hint',
      phrases: ['x'],
      message: '“{text}” is vague',
      examples: [],
      allows: [],
    },
  ],
});
const NOW = 1_750_000_000_000;
const subscriptions: Subscriptions = {
  list: [
    { id: 'https://a.example/a.yaml', source: 'options', url: 'https://a.example/a.yaml', publicKey: 'K', addedAt: 1 },
    { id: 'https://org.example/org.yaml', source: 'policy', url: 'https://org.example/org.yaml', addedAt: 2 },
    { id: 'https://b.example/b.yaml', source: 'options', url: 'https://b.example/b.yaml', addedAt: 3 },
    { id: 'file:mine', source: 'file', addedAt: 4 },
  ],
  dismissedManaged: [],
};
const states: Record<string, PackState> = {
  'https://a.example/a.yaml': {
    active: { pack: pack('a', '1.0.0'), file: 'https://a.example/a.yaml', fetchedAt: 10 },
    lastCheckedAt: 10,
    failures: 1,
    error: {
      at: 20,
      file: 'https://a.example/a.yaml',
      kind: 'pack',
      messages: ['https://a.example/a.yaml:3:1: version: …'],
    },
  },
  'https://org.example/org.yaml': {
    active: { pack: pack('org', '2.0.0'), file: 'https://org.example/org.yaml', fetchedAt: 10 },
    failures: 0,
    syncingSince: NOW - 10 * 60_000,
  },
  'https://b.example/b.yaml': { failures: 0, syncingSince: NOW - 1000 },
  'file:mine': { active: { pack: pack('mine', '0.1.0'), file: 'mine.yaml', fetchedAt: 10 }, failures: 0 },
};
const policy = (lockSettings: boolean): PolicyState => ({
  managed: true,
  readAt: 0,
  problems: [],
  policy: {
    packs: [{ url: 'https://org.example/org.yaml' }],
    disabledRules: ['core/just'],
    enabledSites: [],
    disabledSites: [],
    lockSettings,
  },
});

describe('packRows', () => {
  const rows = packRows(
    subscriptions,
    states,
    policy(true),
    { ...DEFAULT_SETTINGS, disabledRules: ['org/one', 'a/one'] },
    NOW,
  );
  const row = (key: string) => rows.find((r) => r.key === key)!;

  it('lists built-in packs first, then subscriptions in order, each with source and status', () => {
    expect(rows.map((r) => [r.key, r.sourceLabel, r.version ?? '-', r.status])).toEqual([
      ['builtin:core', 'Built-in', expect.any(String), 'active'],
      ['builtin:jargon', 'Built-in', expect.any(String), 'active'],
      ['builtin:macros', 'Built-in', expect.any(String), 'active'],
      ...['core-es', 'core-fr', 'core-de', 'core-pt'].map((id) => [
        `builtin:${id}`,
        'Built-in',
        expect.any(String),
        'active',
      ]),
      ['builtin:practice', 'Built-in', expect.any(String), 'active'],
      ...['practice-es', 'practice-fr', 'practice-de', 'practice-pt'].map((id) => [
        `builtin:${id}`,
        'Built-in',
        expect.any(String),
        'active',
      ]),
      ['https://a.example/a.yaml', 'Subscribed', '1.0.0', 'error'],
      ['https://org.example/org.yaml', 'Managed by your organisation', '2.0.0', 'active'], // a sync cut short 10 min ago no longer shows
      ['https://b.example/b.yaml', 'Subscribed', '-', 'syncing'],
      ['file:mine', 'Imported file', '0.1.0', 'active'],
    ]);
    expect(row('https://a.example/a.yaml')).toMatchObject({
      statusLabel: 'Last sync failed; version 1.0.0 stays active',
      signed: true,
      lastSync: 10,
      error: { kind: 'pack' },
    });
    expect(row('file:mine')).toMatchObject({ file: 'mine.yaml', canSync: false, canRemove: true });
    expect(row('https://b.example/b.yaml')).toMatchObject({
      canSync: false,
      name: 'https://b.example/b.yaml',
      rules: [],
    });
  });

  it('locks managed packs and rules when the policy says so, and only then', () => {
    expect(row('https://org.example/org.yaml')).toMatchObject({
      canRemove: false,
      removeBlocked: 'managed by your organisation',
    });
    expect(row('https://org.example/org.yaml').rules).toEqual([
      { rule: 'org/one', message: '“…” is vague', enabled: true, locked: 'set by your organisation' },
    ]);
    expect(row('builtin:core').rules.find((r) => r.rule === 'core/just')).toMatchObject({
      enabled: false,
      locked: 'turned off by your organisation',
    });
    expect(row('https://a.example/a.yaml').rules).toEqual([{ rule: 'a/one', message: '“…” is vague', enabled: false }]);

    const unlocked = packRows(
      subscriptions,
      states,
      policy(false),
      { ...DEFAULT_SETTINGS, disabledRules: ['org/one'] },
      NOW,
    );
    const org = unlocked.find((r) => r.key === 'https://org.example/org.yaml')!;
    expect(org).toMatchObject({ canRemove: true, rules: [{ rule: 'org/one', enabled: false }] });
    expect(org.rules[0].locked).toBeUndefined();
  });
});
