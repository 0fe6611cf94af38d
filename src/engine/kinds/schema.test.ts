// The pack schema and the rule kinds say the same thing: each kind's fields, as the kind file declares them, are
// its branch of rules/pack.schema.json, and the schema knows exactly the kinds the engine runs.
import { describe, expect, it } from 'vitest';
import packSchema from '../../../rules/pack.schema.json';
import { RULE_KINDS } from './index';

interface Branch {
  if: { properties: { kind: { const: string } } };
  then: unknown;
}
const rule = (
  packSchema as unknown as { $defs: { rule: { allOf: Branch[]; properties: { kind: { enum: string[] } } } } }
).$defs.rule;

describe('rules/pack.schema.json and the rule kinds', () => {
  it('lists exactly the kinds the engine runs', () => {
    expect([...rule.properties.kind.enum].sort()).toEqual(Object.keys(RULE_KINDS).sort());
    expect(rule.allOf.map((b) => b.if.properties.kind.const).sort()).toEqual(Object.keys(RULE_KINDS).sort());
  });

  it.each(Object.keys(RULE_KINDS))('has the fields the %s kind declares', (kind) => {
    const branch = rule.allOf.find((b) => b.if.properties.kind.const === kind);
    expect(branch?.then).toEqual(RULE_KINDS[kind].schema);
  });
});
