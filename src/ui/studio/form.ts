/**
 * The studio's form model and the pack it stands for. The form holds what the trainer types (text inputs,
 * list rows, glossary rows) however incomplete; `packFromForm` turns it into the pack data the loader checks,
 * leaving out empty text and empty optional lists (the schema then names what is missing), and
 * `formFromPack` reads any parsed file into the form, keeping fields the form does not edit in `extra`.
 * formFromPack(packFromForm(form)) gives the form back: what the trainer sees is what the file holds.
 */
import { GOAL_FIELDS, kindFields, PACK_FIELDS, RULE_FIELDS, SCENARIO_FIELDS, type FieldSpec } from './schema-fields';

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

type Data = Record<string, unknown>;

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
const SEPARATOR = ';';

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string =>
  v === undefined || v === null
    ? ''
    : typeof v === 'string'
      ? v
      : typeof v === 'object'
        ? JSON.stringify(v)
        : String(v);
const list = (v: unknown): string[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v.map(text) : [text(v)];
const rest = (data: Data, known: readonly string[]): Data =>
  Object.fromEntries(Object.entries(data).filter(([k]) => !known.includes(k)));
const splitList = (value: string) =>
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

// ——— file → form ———

function caseFromData(value: unknown): FormCase {
  if (!isObject(value)) return { ...emptyCase(), text: text(value) };
  return {
    text: text(value.text),
    flags: list(value.flags).join(`${SEPARATOR} `),
    customer: text(value.customer),
    channel: text(value.channel),
  };
}

function fieldFromData(field: FieldSpec, value: unknown): FieldValue {
  switch (field.type) {
    case 'list':
      return list(value);
    case 'boolean':
      return value === true;
    case 'glossary':
      return isObject(value)
        ? Object.entries(value).map(([term, say]) => ({ term, say: list(say).join(`${SEPARATOR} `) }))
        : [];
    default:
      return text(value);
  }
}

function ruleFromData(value: unknown): FormRule {
  const data = isObject(value) ? value : {};
  const kind = text(data.kind);
  const specs = kindFields(kind);
  const when = isObject(data.when) ? data.when : {};
  const fields = Object.fromEntries(
    specs.filter((f) => f.name in data).map((f) => [f.name, fieldFromData(f, data[f.name])]),
  );
  const extraWhen = rest(when, ['emotion', 'channel']);
  return {
    id: text(data.id),
    kind,
    category: text(data.category),
    severity: text(data.severity),
    message: text(data.message),
    why: text(data.why),
    suggest: list(data.suggest),
    fields,
    examples: Array.isArray(data.examples) ? data.examples.map(caseFromData) : [],
    allows: Array.isArray(data.allows) ? data.allows.map(caseFromData) : [],
    when: { emotion: list(when.emotion), channel: text(when.channel) },
    // fields the form does not edit travel with the rule, so the loader still sees (and names) them
    extra: {
      ...rest(data, [...RULE_KEYS, ...specs.map((f) => f.name)]),
      ...(Object.keys(extraWhen).length ? { when: data.when } : {}),
    },
  };
}

function scenarioFromData(value: unknown): FormScenario {
  const data = isObject(value) ? value : {};
  const goals = isObject(data.goals) ? data.goals : {};
  return {
    id: text(data.id),
    title: text(data.title),
    situation: text(data.situation),
    difficulty: text(data.difficulty),
    channel: text(data.channel),
    emotion: text(data.emotion),
    customer: text(data.customer),
    message: text(data.message),
    goals: { elements: list(goals.elements), rules: list(goals.rules) },
    model: text(data.model),
    notes: text(data.notes),
    extra: {
      ...rest(data, SCENARIO_KEYS),
      ...(isObject(data.goals) && Object.keys(rest(goals, ['elements', 'rules'])).length ? { goals: data.goals } : {}),
    },
  };
}

/** Reads any parsed pack file into the form; nothing is lost: what the form cannot show stays in `extra`. */
export function formFromPack(value: unknown): FormPack {
  const data = isObject(value) ? value : {};
  return {
    id: text(data.id),
    name: text(data.name),
    version: text(data.version),
    language: text(data.language),
    description: text(data.description),
    disable: list(data.disable),
    rules: Array.isArray(data.rules) ? data.rules.map(ruleFromData) : [],
    scenarios: Array.isArray(data.scenarios) ? data.scenarios.map(scenarioFromData) : [],
    extra: rest(data, PACK_KEYS),
  };
}

// ——— form → pack ———

/**
 * Puts a value in `out` unless it is empty. Empty text is always left out (a required field then reads "missing
 * required field", as in a file that lacks it); an empty list or mapping the schema requires is kept, so the
 * schema says it must not be empty.
 */
function put(out: Data, name: string, value: unknown, required: boolean): void {
  if (value === '' || value === undefined) return;
  const empty = (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
  if (!empty || required) out[name] = value;
}

function numberOrText(value: string): number | string {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) ? n : value;
}

function fieldToData(field: FieldSpec, value: FieldValue | undefined): unknown {
  switch (field.type) {
    case 'list': {
      const items = (value as string[] | undefined) ?? [];
      return field.stringOrList && items.length === 1 ? items[0] : items;
    }
    case 'boolean':
      return value === true ? true : undefined;
    case 'number':
      return typeof value === 'string' && value.trim() !== '' ? numberOrText(value) : undefined;
    case 'glossary': {
      const swap: Data = {};
      for (const row of (value as GlossaryRow[] | undefined) ?? []) {
        const say = splitList(row.say);
        swap[row.term] = say.length === 1 ? say[0] : say;
      }
      return swap;
    }
    default:
      return value;
  }
}

function caseToData(value: FormCase, withFlags: boolean): unknown {
  const flags = splitList(value.flags);
  const out: Data = { text: value.text };
  if (withFlags && flags.length) out.flags = flags.length === 1 ? flags[0] : flags;
  if (value.customer) out.customer = value.customer;
  if (value.channel) out.channel = value.channel;
  return Object.keys(out).length === 1 ? value.text : out;
}

export function ruleToData(rule: FormRule): Data {
  const out: Data = {};
  const req = (name: string) => Boolean(RULE_FIELDS[name]?.required);
  for (const name of ['id', 'kind', 'category', 'severity'] as const) put(out, name, rule[name], req(name));
  for (const field of kindFields(rule.kind))
    put(out, field.name, fieldToData(field, rule.fields[field.name]), field.required);
  put(out, 'message', rule.message, true);
  put(out, 'why', rule.why, false);
  put(out, 'suggest', rule.suggest, false);
  put(
    out,
    'examples',
    rule.examples.map((c) => caseToData(c, true)),
    true,
  );
  put(
    out,
    'allows',
    rule.allows.map((c) => caseToData(c, false)),
    true,
  );
  const when: Data = {};
  put(when, 'emotion', rule.when.emotion, false);
  put(when, 'channel', rule.when.channel, false);
  put(out, 'when', when, false);
  return { ...out, ...rule.extra };
}

export function scenarioToData(scenario: FormScenario): Data {
  const out: Data = {};
  for (const name of SCENARIO_KEYS) {
    if (name === 'goals') {
      const goals: Data = {};
      for (const g of ['elements', 'rules'] as const)
        put(goals, g, scenario.goals[g], Boolean(GOAL_FIELDS[g]?.required));
      put(out, 'goals', goals, true);
      continue;
    }
    put(out, name, scenario[name as keyof FormScenario], Boolean(SCENARIO_FIELDS[name]?.required));
  }
  return { ...out, ...scenario.extra };
}

/** The pack the form stands for, in the order a pack file is written; fields the form does not edit come along. */
export function packFromForm(form: FormPack): Data {
  const { $schema, ...extra } = form.extra;
  const out: Data = $schema === undefined ? {} : { $schema };
  for (const name of ['id', 'name', 'version', 'language', 'description'] as const)
    put(out, name, form[name], Boolean(PACK_FIELDS[name]?.required));
  put(out, 'disable', form.disable, false);
  Object.assign(out, extra);
  // a pack needs rules or scenarios: with neither, an empty rules list lets the schema say so at "rules"
  put(out, 'rules', form.rules.map(ruleToData), !form.scenarios.length);
  put(out, 'scenarios', form.scenarios.map(scenarioToData), false);
  return out;
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
