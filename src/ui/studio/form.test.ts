import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { changeKind, newPack, newRule, setIn } from './form';
import { formFromPack } from './form-read';
import { packFromForm } from './form-write';
import { kindFields, RULE_KINDS } from './schema-fields';

const builtin = (name: string) => parse(readFileSync(new URL(`../../../rules/${name}.yaml`, import.meta.url), 'utf8'));

describe('form model ↔ pack', () => {
  it.each(['core', 'jargon', 'macros', 'practice'])(
    'reads the built-in pack %s and writes it back unchanged',
    (name) => {
      const pack = builtin(name);
      const again = packFromForm(formFromPack(pack));
      // only the spelling of equivalent forms may differ: one-item lists of stringOrList fields, {text} examples
      expect(JSON.parse(JSON.stringify(again))).toEqual(normalise(pack));
      expect(packFromForm(formFromPack(again))).toEqual(again);
    },
  );

  it('edits a glossary as rows of term and replacements', () => {
    const form = formFromPack({
      id: 'x',
      rules: [{ id: 'g', kind: 'swap', swap: { 'workspace id': 'account number', sev1: ['urgent issue', 'outage'] } }],
    });
    expect(form.rules[0].fields.swap).toEqual([
      { term: 'workspace id', say: 'account number' },
      { term: 'sev1', say: 'urgent issue; outage' },
    ]);
    const edited = setIn(form, ['rules', 0, 'fields', 'swap', 1, 'say'], 'major incident');
    expect((packFromForm(edited).rules as Array<Record<string, unknown>>)[0].swap).toEqual({
      'workspace id': 'account number',
      sev1: 'major incident',
    });
  });

  it('leaves out empty text and optional lists, and keeps empty required lists for the schema to name', () => {
    const form = { ...newPack('acme', 'Acme'), rules: [newRule('phrase', 'sorry')] };
    const rule = (packFromForm(form).rules as Array<Record<string, unknown>>)[0];
    expect(rule).toEqual({
      id: 'sorry',
      kind: 'phrase',
      category: 'tone',
      severity: 'suggestion',
      phrases: [''],
      examples: [''],
      allows: [''],
    });
    expect(
      (
        packFromForm({ ...form, rules: [{ ...newRule('phrase'), fields: { phrases: [] }, examples: [] }] })
          .rules as unknown[]
      )[0],
    ).toMatchObject({ phrases: [], examples: [] });
    expect(Object.keys(rule)).not.toContain('why');
  });

  it('keeps the fields it does not edit, so the loader still names them', () => {
    const form = formFromPack({
      id: 'x',
      vocabulary: { meh: -2 },
      rules: [{ id: 'a', kind: 'phrase', mesage: 'typo', phrases: ['a'] }],
    });
    const pack = packFromForm(form);
    expect(pack.vocabulary).toEqual({ meh: -2 });
    expect((pack.rules as Array<Record<string, unknown>>)[0].mesage).toBe('typo');
  });

  it('takes every kind and its fields from the schema', () => {
    expect(RULE_KINDS).toEqual(['phrase', 'swap', 'match', 'pattern', 'sentiment', 'metric', 'require', 'listen']);
    expect(kindFields('swap').map((f) => [f.name, f.type])).toEqual([
      ['swap', 'glossary'],
      ['except', 'list'],
    ]);
    expect(kindFields('require').find((f) => f.name === 'element')?.options).toContain('next-step');
    expect(kindFields('pattern')[0]).toMatchObject({
      name: 'pattern',
      type: 'list',
      stringOrList: true,
      required: true,
    });
  });

  it('keeps shared fields when the kind changes, and adds the new kind’s required ones', () => {
    const rule = { ...newRule('phrase'), fields: { phrases: ['thanks'] } };
    expect(changeKind(rule, 'require').fields).toEqual({ phrases: ['thanks'], element: '' });
    expect(changeKind(rule, 'swap').fields).toEqual({ swap: [{ term: '', say: '' }] });
  });
});

/** What the form writes for a pack: the same data, with equivalent spellings made one. */
function normalise(pack: Record<string, unknown>): unknown {
  const rules = ((pack.rules as Array<Record<string, unknown>> | undefined) ?? []).map((rule) => {
    const out = { ...rule };
    for (const f of ['match', 'pattern'])
      if (Array.isArray(out[f]) && (out[f] as unknown[]).length === 1) out[f] = (out[f] as unknown[])[0];
    for (const which of ['examples', 'allows']) {
      out[which] = (out[which] as unknown[]).map((c) => {
        if (typeof c !== 'object' || c === null) return c;
        const o = { ...(c as Record<string, unknown>) };
        if (Array.isArray(o.flags) && o.flags.length === 1) o.flags = o.flags[0];
        if (Array.isArray(o.flags) && o.flags.length === 0) delete o.flags;
        return Object.keys(o).length === 1 ? o.text : o;
      });
    }
    return out;
  });
  return JSON.parse(JSON.stringify({ ...pack, ...(pack.rules ? { rules } : {}) }));
}
