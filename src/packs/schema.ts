/**
 * Schema validation of packs against rules/pack.schema.json, with errors a trainer can act on.
 * @cfworker/json-schema interprets the schema without `eval`, so the same validator runs in the CLI and under
 * the extension's content security policy (service worker included).
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import packSchema from '../../rules/pack.schema.json';
import type { PackIssue } from '../engine';
import { closest } from './closest';
import { pointerToPath, type PathSegment } from './path';
import type { PackSource } from './source';

type SchemaNode = Record<string, unknown>;

const validator = new Validator(packSchema as never, '2020-12', false);

/** Every field name the schema knows, for "did you mean" hints. */
const KNOWN_FIELDS = new Set<string>();
(function collect(node: unknown) {
  if (!node || typeof node !== 'object') return;
  const properties = (node as SchemaNode).properties;
  if (properties && typeof properties === 'object') Object.keys(properties).forEach((k) => KNOWN_FIELDS.add(k));
  Object.values(node).forEach(collect);
})(packSchema);

// Keywords that only say "something below failed": their children carry the real reason.
const CONTAINERS = new Set([
  'properties',
  'items',
  '$ref',
  'allOf',
  'anyOf',
  'if',
  'then',
  'false',
  'prefixItems',
  'additionalProperties',
  'unevaluatedProperties',
]);

export function validatePackSchema(source: PackSource): PackIssue[] {
  const result = validator.validate(source.data);
  if (result.valid) return [];
  const errors = result.errors;
  const issues = new Map<string, PackIssue>();
  const add = (path: PathSegment[], message: string, key = false) => {
    const issue = source.issue(path, message, key);
    issues.set(`${issue.path}|${message}`, issue);
  };
  // Instance locations with a concrete reason, so unknown-field and oneOf noise about them can be dropped.
  const reasoned = new Set(
    errors.filter((e) => !CONTAINERS.has(e.keyword) && e.keyword !== 'oneOf').map((e) => e.instanceLocation),
  );
  const hasReasonAtOrBelow = (location: string) =>
    [...reasoned].some((l) => l === location || l.startsWith(`${location}/`));

  // `anyOf: [{required: [a]}, {required: [b]}]` (a pack needs rules, scenarios or both): one message, not one per branch
  const alternatives = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required' || !/\/anyOf\/\d+\/required$/.test(error.keywordLocation)) continue;
    const field = /"([^"]+)"/.exec(error.error)?.[1] ?? '?';
    alternatives.set(error.instanceLocation, [...(alternatives.get(error.instanceLocation) ?? []), `"${field}"`]);
  }
  for (const [location, fields] of alternatives)
    add(pointerToPath(location), `needs ${fields.join(' or ')}${fields.length === 2 ? ' (or both)' : ''}`);

  for (const error of errors) {
    if (error.keyword === 'required' && /\/anyOf\/\d+\/required$/.test(error.keywordLocation)) continue;
    const path = pointerToPath(error.instanceLocation);
    if (error.keyword === 'unevaluatedProperties' || error.keyword === 'additionalProperties') {
      const name = /Property "([^"]+)"/.exec(error.error)?.[1];
      if (!name || hasReasonAtOrBelow(`${error.instanceLocation}/${name}`)) continue;
      if (error.keyword === 'additionalProperties' && isValueSchema(error.keywordLocation)) continue;
      add([...path, name], unknownField(name), true);
      continue;
    }
    if (CONTAINERS.has(error.keyword)) continue;
    if (inLosingBranch(error, errors)) continue;
    if (error.keyword === 'oneOf') {
      if (hasReasonAtOrBelow(error.instanceLocation)) continue;
      add(path, `expected ${describe(schemaAt(error.keywordLocation))}`);
      continue;
    }
    add(path, explain(error, path));
  }
  return [...issues.values()];
}

/** `additionalProperties` with a schema (not false) validates values, e.g. vocabulary scores: not unknown fields. */
function isValueSchema(keywordLocation: string): boolean {
  return schemaAt(keywordLocation) !== false;
}

/**
 * In `oneOf: [string, object]`, an object that fails as an object also fails "expected string"; only the branch
 * whose type fits the value is worth reporting.
 */
function inLosingBranch(error: OutputUnit, all: OutputUnit[]): boolean {
  const branch = /^(.*\/oneOf\/)(\d+)\//.exec(error.keywordLocation);
  if (!branch || error.keyword !== 'type') return false;
  return all.some(
    (other) =>
      other !== error &&
      other.keywordLocation.startsWith(branch[1]) &&
      !other.keywordLocation.startsWith(`${branch[1]}${branch[2]}/`) &&
      other.keyword !== 'type',
  );
}

function explain(error: OutputUnit, path: PathSegment[]): string {
  const node = schemaAt(error.keywordLocation.replace(/\/[^/]+$/, '')) as SchemaNode | undefined;
  const value = node?.[error.keyword];
  switch (error.keyword) {
    case 'required': {
      const field = /"([^"]+)"/.exec(error.error)?.[1] ?? '?';
      const kind = /\/allOf\/\d+\/then\//.test(error.keywordLocation) ? ' for this kind of rule' : '';
      return `missing required field "${field}"${kind}`;
    }
    case 'type':
      return `expected ${describe(node)}, found ${typeName(error.error)}`;
    case 'enum':
      return `expected one of ${(value as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `expected ${JSON.stringify(value)}`;
    case 'pattern':
      return node?.description
        ? `not in the expected form: ${String(node.description)}`
        : `does not match ${String(value)}`;
    case 'minItems':
      return value === 1 ? 'must not be empty' : `needs at least ${String(value)} items`;
    case 'maxItems':
      return `has more than ${String(value)} items, the most allowed here`;
    case 'uniqueItems':
      return 'lists the same value twice';
    case 'minLength':
      return 'must not be empty';
    case 'maxLength':
      return `is longer than ${String(value)} characters, the most allowed here`;
    case 'maxProperties':
      return `has more than ${String(value)} entries, the most allowed here`;
    case 'minProperties':
      return 'must not be empty';
    case 'minimum':
      return `must be at least ${String(value)}`;
    case 'maximum':
      return `must be at most ${String(value)}`;
    default:
      return `${error.error} (at ${path.join('.') || 'the pack'})`;
  }
}

function typeName(message: string): string {
  return /type "(\w+)"/.exec(message)?.[1] ?? 'something else';
}

function describe(node: unknown): string {
  if (!node || typeof node !== 'object') return 'a valid value';
  const n = node as SchemaNode;
  if (typeof n.$ref === 'string') return describe(resolve(n.$ref));
  if (Array.isArray(n.oneOf)) return n.oneOf.map(describe).join(' or ');
  if (Array.isArray(n.enum)) return `one of ${n.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  switch (n.type) {
    case 'string':
      return 'text';
    case 'array':
      return 'a list';
    case 'object':
      return 'a mapping of fields';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return 'a valid value';
  }
}

function resolve(ref: string): unknown {
  return schemaAt(ref.replace(/^.*#/, '#'));
}

/** The schema node at a keyword location, following $ref hops the way the validator did. */
function schemaAt(location: string): unknown {
  let node: unknown = packSchema;
  for (const raw of location.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (segment === '$ref' && node && typeof node === 'object') {
      node = resolve(String((node as SchemaNode).$ref));
      continue;
    }
    node = (node as Record<string, unknown> | undefined)?.[segment];
  }
  return node;
}

function unknownField(name: string): string {
  const best = closest(name, KNOWN_FIELDS);
  return `unknown field "${name}"${best ? ` (did you mean "${best}"?)` : ''}`;
}
