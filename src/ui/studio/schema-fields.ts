/**
 * The studio's forms read rules/pack.schema.json, the schema the CLI and the background validate with: the
 * choices of every select (kinds, categories, severities, elements, emotions…), which fields each rule kind
 * has and which it requires, and the help text under each field. A kind or a category added to the schema
 * appears in the studio with no change here.
 */
import packSchema from '../../../rules/pack.schema.json';

type Node = Record<string, unknown>;

/** How the studio edits a field: one input per type of value the schema allows. */
export type FieldType = 'text' | 'list' | 'enum' | 'number' | 'boolean' | 'glossary';

export interface FieldSpec {
  name: string;
  type: FieldType;
  required: boolean;
  /** The choices of an enum. */
  options?: string[];
  description?: string;
  /** A list the pack may write as one string when it holds one item (`match`, `pattern`). */
  stringOrList?: boolean;
}

const schema = packSchema as unknown as Node;
const defs = schema.$defs as Record<string, Node>;

function resolve(node: Node | undefined): Node {
  let current = node ?? {};
  const seen = new Set<string>();
  while (typeof current.$ref === 'string' && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    // keep a description written beside the $ref (it says more than the shared definition)
    const target = defs[current.$ref.replace('#/$defs/', '')] ?? {};
    current = { ...target, ...(current.description ? { description: current.description } : {}) };
  }
  return current;
}

function fieldSpec(name: string, raw: Node, required: readonly string[]): FieldSpec {
  const node = resolve(raw);
  const base = {
    name,
    required: required.includes(name),
    description: typeof node.description === 'string' ? node.description : undefined,
  };
  // one string or a list of them (`match`, `pattern`): the schema says so with oneOf
  const oneOf = Array.isArray(node.oneOf) ? (node.oneOf as Node[]).map(resolve) : [];
  if (oneOf.some((n) => n.type === 'array') && oneOf.some((n) => n.type === 'string'))
    return { ...base, type: 'list', stringOrList: true };
  if (Array.isArray(node.enum)) return { ...base, type: 'enum', options: node.enum.map(String) };
  if (node.type === 'array') return { ...base, type: 'list' };
  if (node.type === 'number' || node.type === 'integer') return { ...base, type: 'number' };
  if (node.type === 'boolean') return { ...base, type: 'boolean' };
  if (node.type === 'object') return { ...base, type: 'glossary' };
  return { ...base, type: 'text' };
}

function fieldsOf(node: Node): FieldSpec[] {
  const required = (node.required as string[] | undefined) ?? [];
  return Object.entries((node.properties as Record<string, Node> | undefined) ?? {}).map(([name, raw]) =>
    fieldSpec(name, raw, required),
  );
}

const ruleDef = defs.rule;
const kindBranches = (ruleDef.allOf as Node[]).map((branch) => ({
  kind: String(((branch.if as Node).properties as Record<string, Node>).kind.const),
  then: branch.then as Node,
}));

/** The rule kinds, in the schema's order. */
export const RULE_KINDS: string[] = ((ruleDef.properties as Record<string, Node>).kind.enum as string[]).slice();

/** Fields every rule has (id, kind, category, severity, message, why, suggest, examples, allows, when). */
export const RULE_FIELDS: Record<string, FieldSpec> = Object.fromEntries(fieldsOf(ruleDef).map((f) => [f.name, f]));

/** The fields of one rule kind (phrases, swap, pattern…), required ones first as the schema lists them. */
export function kindFields(kind: string): FieldSpec[] {
  const branch = kindBranches.find((b) => b.kind === kind);
  return branch ? fieldsOf(branch.then) : [];
}

/** Pack-level fields: id, name, version, language, description, disable… */
export const PACK_FIELDS: Record<string, FieldSpec> = Object.fromEntries(fieldsOf(schema).map((f) => [f.name, f]));

/** A scenario's fields: id, title, situation, difficulty, channel, emotion, message, goals, model, notes. */
export const SCENARIO_FIELDS: Record<string, FieldSpec> = Object.fromEntries(
  fieldsOf(defs.scenario).map((f) => [f.name, f]),
);

/** The goals of a scenario: elements and rules. */
export const GOAL_FIELDS: Record<string, FieldSpec> = Object.fromEntries(
  fieldsOf(resolve((defs.scenario.properties as Record<string, Node>).goals)).map((f) => [f.name, f]),
);

/** A rule's `when`: emotion and channel. */
export const WHEN_FIELDS: Record<string, FieldSpec> = Object.fromEntries(
  fieldsOf(resolve((ruleDef.properties as Record<string, Node>).when)).map((f) => [f.name, f]),
);

/** The choices of an enum among the schema's definitions ("emotion", "element", "channel"). */
export function choices(definition: 'emotion' | 'element' | 'channel'): string[] {
  return (defs[definition].enum as string[]).slice();
}
