/**
 * The studio's form model: what the trainer types (text inputs, list rows, glossary rows) however incomplete, new
 * rules, scenarios and packs, and a rule changing kind. The form is read from a file in form-read.ts and turned into
 * the pack the loader checks in form-write.ts; formFromPack(packFromForm(form)) gives the form back: what the
 * trainer sees is what the file holds.
 */
import { kindFields, type FieldSpec } from './schema-fields';

export interface GlossaryRow {
  term: string;
  /** The replacements, separated by ";". */
  say: string;
}

export type FieldValue = string | string[] | boolean | GlossaryRow[];

/** An example or an allow as the form edits it. */
export interface FormCase {
  text: string;
  /** The text(s) the rule must flag, separated by ";" (examples only; empty: "a finding"). */
  flags: string;
  customer: string;
  channel: string;
}

export interface FormRule {
  id: string;
  kind: string;
  category: string;
  severity: string;
  message: string;
  why: string;
  suggest: string[];
  /** The kind's own fields (phrases, swap, pattern, element…), as kindFields(kind) describes them. */
  fields: Record<string, FieldValue>;
  examples: FormCase[];
  allows: FormCase[];
  when: { emotion: string[]; channel: string };
  extra: Record<string, unknown>;
}

export interface FormScenario {
  id: string;
  title: string;
  situation: string;
  difficulty: string;
  channel: string;
  emotion: string;
  customer: string;
  message: string;
  goals: { elements: string[]; rules: string[] };
  model: string;
  notes: string;
  extra: Record<string, unknown>;
}

export interface FormPack {
  id: string;
  name: string;
  version: string;
  language: string;
  description: string;
  disable: string[];
  rules: FormRule[];
  scenarios: FormScenario[];
  extra: Record<string, unknown>;
}

/** The fields the forms edit; anything else a pack holds is kept as it is. */
export const RULE_KEYS = [
  'id',
  'kind',
  'category',
  'severity',
  'message',
  'why',
  'suggest',
  'examples',
  'allows',
  'when',
];
export const SCENARIO_KEYS = [
  'id',
  'title',
  'situation',
  'difficulty',
  'channel',
  'emotion',
  'customer',
  'message',
  'goals',
  'model',
  'notes',
];
export const PACK_KEYS = ['id', 'name', 'version', 'language', 'description', 'disable', 'rules', 'scenarios'];
export const SEPARATOR = ';';

export type Data = Record<string, unknown>;

export const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The items of a ";"-separated input, trimmed, empty ones left out. */
export const splitList = (value: string) =>
  value
    .split(SEPARATOR)
    .map((s) => s.trim())
    .filter(Boolean);

export function emptyCase(): FormCase {
  return { text: '', flags: '', customer: '', channel: '' };
}

export function newRule(kind = 'phrase', id = ''): FormRule {
  const fields = Object.fromEntries(
    kindFields(kind)
      .filter((f) => f.required)
      .map((f) => [f.name, emptyValue(f)]),
  );
  return {
    id,
    kind,
    category: 'tone',
    severity: 'suggestion',
    message: '',
    why: '',
    suggest: [],
    fields,
    examples: [emptyCase()],
    allows: [emptyCase()],
    when: { emotion: [], channel: '' },
    extra: {},
  };
}

export function newScenario(id = ''): FormScenario {
  return {
    id,
    title: '',
    situation: '',
    difficulty: 'easy',
    channel: 'email',
    emotion: 'neutral',
    customer: '',
    message: '',
    goals: { elements: [], rules: [] },
    model: '',
    notes: '',
    extra: {},
  };
}

export function newPack(id = 'my-pack', name = 'My pack'): FormPack {
  return {
    id,
    name,
    version: '0.1.0',
    language: 'en',
    description: '',
    disable: [],
    rules: [],
    scenarios: [],
    extra: {},
  };
}

function emptyValue(field: FieldSpec): FieldValue {
  if (field.type === 'list') return [''];
  if (field.type === 'glossary') return [{ term: '', say: '' }];
  if (field.type === 'boolean') return false;
  return '';
}

/** A new kind keeps the fields both kinds share (phrases from phrase to require) and gets the new kind's required ones. */
export function changeKind(rule: FormRule, kind: string): FormRule {
  const specs = kindFields(kind);
  const fields = Object.fromEntries(
    specs.filter((f) => f.name in rule.fields || f.required).map((f) => [f.name, rule.fields[f.name] ?? emptyValue(f)]),
  );
  return { ...rule, kind, fields };
}

/** Replaces the value at a path of plain data (objects and arrays), copying only what lies on the path. */
export function setIn<T>(root: T, path: readonly (string | number)[], value: unknown): T {
  if (!path.length) return value as T;
  const [head, ...tail] = path;
  const node = root as unknown as Data | unknown[];
  const copy: Data | unknown[] = Array.isArray(node) ? [...node] : { ...node };
  (copy as Data)[head as string] = setIn((node as Data)[head as string], tail, value);
  return copy as T;
}
