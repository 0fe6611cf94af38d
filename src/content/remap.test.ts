import { describe, expect, it } from 'vitest';
import type { Finding } from '../engine';
import { remapFindings } from './remap';

const finding = (text: string, word: string): Finding => {
  const start = text.indexOf(word);
  return {
    rule: 't/x',
    category: 'tone',
    severity: 'hint',
    start,
    end: start + word.length,
    text: word,
    message: '',
    suggestions: [],
  };
};
const spans = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

describe('remapFindings', () => {
  const before = 'Just do it. Sadly it broke. Simply wait.';
  const all = ['Just', 'Sadly', 'Simply'].map((w) => finding(before, w));

  it('keeps findings before the edit and shifts those after it', () => {
    const after = 'Just do it now. Sadly it broke. Simply wait.';
    expect(spans(after, remapFindings(all, before, after))).toEqual(['Just', 'Sadly', 'Simply']);
  });

  it('drops a finding the edit touched', () => {
    const after = 'Just do it. Sady it broke. Simply wait.';
    expect(spans(after, remapFindings(all, before, after))).toEqual(['Just', 'Simply']);
  });

  it('drops a finding when the agent types right against it, until the next analysis', () => {
    const after = 'Just do it. Sadlyy it broke. Simply wait.';
    expect(spans(after, remapFindings(all, before, after))).toEqual(['Just', 'Simply']);
  });

  it('survives deletions and is the identity for equal texts', () => {
    const longer = 'Just do it right now. Sadly it broke. Simply wait.';
    const found = ['Just', 'Sadly', 'Simply'].map((w) => finding(longer, w));
    expect(spans(before, remapFindings(found, longer, before))).toEqual(['Just', 'Sadly', 'Simply']);
    expect(remapFindings(all, before, before)).toEqual(all);
  });
});
