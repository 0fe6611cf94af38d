// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { ActivePacks } from '../storage';
import type { Analyzer, Report } from '../engine';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import {
  analyzerFor,
  buildAnalyzers,
  coachingChanged,
  conversationReader,
  reportReply,
  siteIsCoached,
  type Analyzers,
} from './session';
import type { Conversation, SiteAdapter } from './sites';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...change });
const noPolicy = { enabledSites: [], disabledSites: [] };

function fakeAnalyzers(): Analyzers & { lightBuilt: () => boolean } {
  const full = { name: 'full' } as unknown as Analyzer;
  const light = { name: 'light' } as unknown as Analyzer;
  let built = false;
  return {
    full,
    get light() {
      built = true;
      return light;
    },
    locked: new Set(),
    lightBuilt: () => built,
  };
}

describe('analyzerFor', () => {
  const note: Conversation = { audience: 'internal' };
  const reply: Conversation = { audience: 'customer' };

  it('coaches a reply, and a field outside any known conversation, fully', () => {
    const analyzers = fakeAnalyzers();
    expect(analyzerFor(reply, settings({ internalNotes: 'off' }), analyzers)).toBe(analyzers.full);
    expect(analyzerFor(null, settings({ internalNotes: 'off' }), analyzers)).toBe(analyzers.full);
    expect(analyzers.lightBuilt()).toBe(false);
  });

  it('follows the agent’s choice for internal notes: off, light or full', () => {
    const analyzers = fakeAnalyzers();
    expect(analyzerFor(note, settings({ internalNotes: 'off' }), analyzers)).toBeNull();
    expect(analyzerFor(note, settings({ internalNotes: 'full' }), analyzers)).toBe(analyzers.full);
    expect(analyzers.lightBuilt()).toBe(false);
    expect(analyzerFor(note, settings({ internalNotes: 'light' }), analyzers)).toBe(analyzers.light);
  });
});

describe('buildAnalyzers', () => {
  const active: ActivePacks = { packs: [], disabledRules: ['core/just'], lockedRules: ['acme/refund'], key: 'k' };

  it('builds the full analyzer at once and the light one (warnings only) when first asked for', () => {
    const create = vi.fn((_packs: unknown, options: unknown) => ({ options }) as unknown as Analyzer);
    const analyzers = buildAnalyzers(
      active,
      settings({ minSeverity: 'suggestion', ignoredPhrases: ['per my last email'] }),
      create,
    );
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][1]).toEqual({
      disabledRules: ['core/just'],
      minSeverity: 'suggestion',
      ignorePhrases: ['per my last email'],
    });
    void analyzers.light;
    void analyzers.light;
    expect(create).toHaveBeenCalledTimes(2);
    expect(create.mock.calls[1][1]).toMatchObject({ minSeverity: 'warning' });
    expect([...analyzers.locked]).toEqual(['acme/refund']);
  });
});

describe('conversationReader', () => {
  function site(): SiteAdapter & { reads: number } {
    const adapter = {
      reads: 0,
      id: 'acme',
      name: 'Acme',
      matches: [],
      isComposer: (element: Element) => element.classList.contains('composer'),
      conversation: (): Conversation => {
        adapter.reads++;
        return { audience: 'customer', customerMessage: `message ${adapter.reads}` };
      },
    };
    return adapter;
  }

  it('reads the thread once for the analyzer and the context of one field in one task, afresh in the next', () => {
    const tasks: Array<() => void> = [];
    const adapter = site();
    const read = conversationReader(adapter, (task) => tasks.push(task));
    const field = document.createElement('div');
    field.className = 'composer';
    expect(read(field)?.customerMessage).toBe('message 1');
    expect(read(field)?.customerMessage).toBe('message 1');
    expect(adapter.reads).toBe(1);
    tasks.splice(0).forEach((task) => task());
    expect(read(field)?.customerMessage).toBe('message 2');
  });

  it('reads nothing for a field that is not the site’s composer, or on an unknown site', () => {
    const adapter = site();
    const other = document.createElement('textarea');
    expect(conversationReader(adapter, () => undefined)(other)).toBeNull();
    expect(adapter.reads).toBe(0);
    expect(conversationReader(undefined, () => undefined)(other)).toBeNull();
  });

  it('reads again for another field in the same task', () => {
    const adapter = site();
    const read = conversationReader(adapter, () => undefined);
    const a = Object.assign(document.createElement('div'), { className: 'composer' });
    const b = Object.assign(document.createElement('div'), { className: 'composer' });
    read(a);
    read(b);
    expect(adapter.reads).toBe(2);
  });
});

describe('siteIsCoached', () => {
  it('coaches a known helpdesk unless the agent or IT turned it off', () => {
    expect(siteIsCoached('acme.zendesk.com', true, settings(), noPolicy)).toBe(true);
    expect(siteIsCoached('acme.zendesk.com', true, settings({ disabledSites: ['acme.zendesk.com'] }), noPolicy)).toBe(
      false,
    );
    expect(
      siteIsCoached('acme.zendesk.com', true, settings(), { enabledSites: [], disabledSites: ['acme.zendesk.com'] }),
    ).toBe(false);
  });

  it('coaches another site only once the agent or IT enabled it; IT’s “off” wins over the agent’s “on”', () => {
    expect(siteIsCoached('desk.example', false, settings(), noPolicy)).toBe(false);
    expect(siteIsCoached('desk.example', false, settings({ enabledSites: ['desk.example'] }), noPolicy)).toBe(true);
    expect(
      siteIsCoached('desk.example', false, settings(), { enabledSites: ['desk.example'], disabledSites: [] }),
    ).toBe(true);
    expect(
      siteIsCoached('desk.example', false, settings({ enabledSites: ['desk.example'] }), {
        enabledSites: [],
        disabledSites: ['desk.example'],
      }),
    ).toBe(false);
  });
});

describe('coachingChanged', () => {
  it('is true for what changes the findings: the severity threshold and the ignore list', () => {
    expect(coachingChanged(settings(), settings({ minSeverity: 'warning' }))).toBe(true);
    expect(coachingChanged(settings(), settings({ ignoredPhrases: ['kindly'] }))).toBe(true);
  });

  it('is false for what does not: sites, inputs, internal notes, rules (those come through the active packs)', () => {
    const changed = settings({
      enabledSites: ['desk.example'],
      inputSites: ['desk.example'],
      internalNotes: 'off',
      disabledRules: ['core/just'],
    });
    expect(coachingChanged(settings(), changed)).toBe(false);
  });
});

describe('reportReply', () => {
  const report = { findings: [], words: 3 } as unknown as Report;
  const coach = (active: boolean) => ({ active: active ? ({} as never) : null, latest: () => report });

  it('answers get-report from the frame whose coach holds a field', async () => {
    await expect(reportReply({ kind: 'get-report' }, coach(true))).resolves.toBe(report);
  });

  it('answers null while the field has only a first pass (no scores yet)', async () => {
    const first = { ...report, provisional: true } as Report;
    await expect(reportReply({ kind: 'get-report' }, { active: {} as never, latest: () => first })).resolves.toBe(null);
  });

  it('stays silent in a frame without a coached field, without a coach, or for another message', () => {
    expect(reportReply({ kind: 'get-report' }, coach(false))).toBeUndefined();
    expect(reportReply({ kind: 'get-report' }, null)).toBeUndefined();
    expect(reportReply({ kind: 'sync-now' }, coach(true))).toBeUndefined();
    expect(reportReply('get-report', coach(true))).toBeUndefined();
  });
});
