import { describe, expect, it } from 'vitest';
import type { PackState, PolicyState, Subscriptions } from '../../storage';
import type { PackSpec } from '../../engine';
import { DEFAULT_SETTINGS } from '../../settings';
import { filterRules, ruleInfos } from './index';

const team: PackSpec = {
  id: 'team',
  name: 'Team voice',
  version: '1.0.0',
  language: 'en',
  disable: ['core/unfortunately'],
  rules: [
    {
      id: 'internal-words',
      kind: 'phrase',
      category: 'jargon',
      severity: 'warning',
      phrases: ['widget id'],
      message: 'Customers don’t know “{text}”.',
      why: 'Say what it is.',
      examples: [{ text: 'Send the widget id.', flags: 'widget id' }],
      allows: ['Send the order number.'],
    },
    {
      id: 'core/just',
      kind: 'phrase',
      category: 'tone',
      severity: 'hint',
      phrases: ['merely'],
      message: '“{text}” minimises.',
      examples: ['It merely works.'],
      allows: [],
    },
  ],
};
const subscriptions: Subscriptions = { list: [{ id: 'file:team', source: 'file', addedAt: 1 }], dismissedManaged: [] };
const states: Record<string, PackState> = {
  'file:team': { active: { pack: team, file: 'team.yaml', fetchedAt: 1 }, failures: 0 },
};
const policy: PolicyState = {
  managed: true,
  readAt: 0,
  problems: [],
  policy: { packs: [], disabledRules: ['core/calm-down'], enabledSites: [], disabledSites: [], lockSettings: false },
};

describe('ruleInfos', () => {
  const rules = ruleInfos(subscriptions, states, policy, {
    ...DEFAULT_SETTINGS,
    disabledRules: ['team/internal-words'],
  });
  const rule = (id: string) => rules.find((r) => r.rule === id);

  it('lists every rule in force once, with what it flags and why', () => {
    expect(rule('team/internal-words')).toEqual({
      rule: 'team/internal-words',
      packName: 'Team voice',
      category: 'jargon',
      severity: 'warning',
      message: 'Customers don’t know “…”.',
      why: 'Say what it is.',
      examples: [{ text: 'Send the widget id.', flags: ['widget id'] }],
      allows: ['Send the order number.'],
      enabled: false,
    });
    expect(rules.filter((r) => r.rule === 'core/just')).toHaveLength(1);
    expect(rule('core/just')).toMatchObject({
      packName: 'Team voice',
      message: '“…” minimises.',
      examples: [{ text: 'It merely works.', flags: [] }],
    }); // overridden by id
    expect(rules.length).toBeGreaterThan(40);
  });

  it('says why a rule cannot be changed: the policy, or a pack that turns it off', () => {
    expect(rule('core/calm-down')).toMatchObject({ enabled: false, locked: 'turned off by your organisation' });
    expect(rule('core/unfortunately')).toMatchObject({ enabled: false, locked: 'turned off by the “Team voice” pack' });
    expect(rule('core/you-failed-to')).toMatchObject({ enabled: true });
    expect(rule('core/you-failed-to')!.locked).toBeUndefined();
  });

  it('filters by words anywhere and by category', () => {
    expect(filterRules(rules, 'WIDGET', '').map((r) => r.rule)).toEqual(['team/internal-words']);
    expect(filterRules(rules, 'widget', 'tone')).toEqual([]);
    expect(filterRules(rules, '', 'jargon').every((r) => r.category === 'jargon')).toBe(true);
    expect(filterRules(rules, 'customers know', '').map((r) => r.rule)).toContain('team/internal-words');
  });
});
