import { describe, expect, it } from 'vitest';
import { isMessage } from './index';

describe('isMessage', () => {
  it('accepts each kind with its fields, optional ones left out', () => {
    expect(isMessage({ kind: 'get-report' })).toBe(true);
    expect(isMessage({ kind: 'sync-now' })).toBe(true);
    expect(isMessage({ kind: 'sync-now', subscription: 'https://packs.example.com/a.yaml' })).toBe(true);
    expect(isMessage({ kind: 'subscribe', url: 'https://packs.example.com/a.yaml', intervalMinutes: 60 })).toBe(true);
    expect(isMessage({ kind: 'import-pack', fileName: 'a.yaml', text: 'id: a' })).toBe(true);
    expect(isMessage({ kind: 'record-insights', delta: { day: '2025-06-15', drafts: 1 } })).toBe(true);
    expect(isMessage({ kind: 'clear-insights' })).toBe(true);
    expect(isMessage({ kind: 'suggest-rule', words: 'no worries' })).toBe(true);
  });

  it('refuses unknown kinds, missing or mistyped fields', () => {
    expect(isMessage(null)).toBe(false);
    expect(isMessage({ kind: 'toString' })).toBe(false);
    expect(isMessage({ kind: 'subscribe' })).toBe(false);
    expect(isMessage({ kind: 'subscribe', url: 'https://a', intervalMinutes: '60' })).toBe(false);
    expect(isMessage({ kind: 'unsubscribe', subscription: 3 })).toBe(false);
    expect(isMessage({ kind: 'record-insights', delta: null })).toBe(false);
    expect(isMessage({ kind: 'record-insights', delta: 'drafts=1' })).toBe(false);
    expect(isMessage({ kind: 'suggest-rule' })).toBe(false);
  });
});
