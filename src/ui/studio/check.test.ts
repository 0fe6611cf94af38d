import { describe, expect, it } from 'vitest';
import { checkForm } from './check';
import { fieldPaths, placeIssues } from './fields';
import { newPack, newRule, newScenario, setIn, type FormPack } from './form';
import { formFromPack } from './form-read';

const phrase = (over: Record<string, unknown> = {}) => ({
  id: 'no-worries',
  kind: 'phrase',
  category: 'tone',
  severity: 'hint',
  phrases: ['no worries'],
  message: '“{text}” sounds offhand.',
  examples: [{ text: 'No worries, it happens.', flags: 'No worries' }],
  allows: ['I am not worried.'],
  ...over,
});
const pack = (rules: unknown[], over: Record<string, unknown> = {}): FormPack =>
  formFromPack({ id: 'acme', name: 'Acme', version: '1.0.0', language: 'en', rules, ...over });

describe('live checking', () => {
  it('passes a pack that `empathy-coach test` passes, each case marked', () => {
    const check = checkForm(pack([phrase()]));
    expect(check.issues).toEqual([]);
    expect(check.passes).toBe(true);
    expect(check.cases).toEqual({
      'rules[0].examples[0]': expect.objectContaining({ ok: true }),
      'rules[0].allows[0]': expect.objectContaining({ ok: true }),
    });
  });

  it('marks a failing example with what the rule flagged, and turns it green once the rule is fixed', () => {
    const form = pack([phrase({ phrases: ['no problem'] })]);
    const before = checkForm(form);
    expect(before.cases['rules[0].examples[0]']).toEqual({ ok: false, expected: '"No worries"', actual: 'nothing' });
    expect(before.passes).toBe(false);
    const after = checkForm(setIn(form, ['rules', 0, 'fields', 'phrases', 0], 'no worries'));
    expect(after.cases['rules[0].examples[0]'].ok).toBe(true);
    expect(after.previews[0]).toBe('“No worries” sounds offhand.');
  });

  it('runs one rule’s examples while another rule is still half written, and names RE2’s own error at the pattern', () => {
    const form = pack([
      phrase(),
      { ...phrase({ id: 'bad', kind: 'pattern', pattern: '(?<=we)x' }), phrases: undefined },
      { id: 'draft', kind: 'phrase' },
    ]);
    const check = checkForm(form);
    expect(check.cases['rules[0].examples[0]'].ok).toBe(true);
    const placed = placeIssues(check.issues, fieldPaths(form));
    expect(placed.get('rules[1].pattern')?.[0].message).toMatch(/bad regular expression \/\(\?<=we\)x\/: .+/);
    // a missing field is named at the field to fill in, not at the rule that lacks it
    expect(placed.get('rules[2].message')?.[0].message).toBe('missing required field "message"');
    expect(placed.get('rules[2].phrases')?.[0].message).toBe('must not be empty');
  });

  it('shows every error of a bad pack at its field, once', () => {
    const form = pack(
      [
        phrase({ severity: 'loud', phrases: ['no worries', 'No worries'], mesage: 'typo' }),
        phrase({ id: 'no-worries' }),
      ],
      { id: 'Acme' },
    );
    const check = checkForm(form);
    const placed = placeIssues(check.issues, fieldPaths(form));
    expect([...placed.keys()].sort()).toEqual(['id', 'rules[0]', 'rules[0].severity'].sort());
    expect(placed.get('rules[0]')?.[0].message).toBe('unknown field "mesage" (did you mean "message"?)');
    const fixed = setIn(
      setIn(setIn(form, ['rules', 0, 'severity'], 'hint'), ['rules', 0, 'extra'], {}),
      ['id'],
      'acme',
    );
    const next = placeIssues(checkForm(fixed).issues, fieldPaths(fixed));
    expect([...next.keys()].sort()).toEqual(['rules[0].phrases[1]', 'rules[1].id']);
    expect(check.issues.length).toBe(new Set(check.issues.map((i) => `${i.path}|${i.message}`)).size);
  });

  it('checks a scenario’s model reply against its goals, at the model reply', () => {
    const scenario = {
      ...newScenario('slow-refund'),
      title: 'Slow refund',
      situation: 'refund',
      emotion: 'frustrated',
      message: "I've been waiting two weeks for my refund and I'm fed up.",
      goals: { elements: ['greeting', 'closing'], rules: ['no-worries'] },
      model: 'No worries, it will come.',
    };
    const form = { ...pack([phrase()]), scenarios: [scenario] };
    const check = checkForm(form);
    expect(check.scenariosChecked).toBe(true);
    expect(check.scenarios.map((f) => f.goal?.key)).toEqual(
      expect.arrayContaining(['element:greeting', 'element:closing', 'rule:acme/no-worries']),
    );
    const good = setIn(
      form,
      ['scenarios', 0, 'model'],
      'Hi Sam,\n\nI checked: your refund left us on Monday and reaches your bank by Friday.\n\nBest,\nAna',
    );
    expect(checkForm(good).scenarios).toEqual([]);
  });

  it('sends a problem with no field of its own to the nearest field above it', () => {
    const form = { ...newPack('acme', 'Acme'), rules: [newRule('phrase', 'x')] };
    const placed = placeIssues(
      [
        { file: 'f', path: 'rules[0].examples[0].text', message: 'a' },
        { file: 'f', path: '(syntax)', message: 'b' },
        { file: 'f', path: 'vocabulary.meh', message: 'c' },
      ],
      fieldPaths(form),
    );
    expect([...placed.entries()].map(([k, v]) => [k, v.map((i) => i.message)])).toEqual([
      ['rules[0].examples[0]', ['a']],
      ['', ['b', 'c']],
    ]);
  });
});
