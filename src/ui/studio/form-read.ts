/**
 * File → form: reads any parsed pack file into the studio's form, keeping the fields the form does not edit in
 * `extra`, so that writing the form back (form-write.ts) loses nothing.
 */
import { kindFields, type FieldSpec } from './schema-fields';
import {
  emptyCase,
  isObject,
  PACK_KEYS,
  RULE_KEYS,
  SCENARIO_KEYS,
  SEPARATOR,
  type Data,
  type FieldValue,
  type FormCase,
  type FormPack,
  type FormRule,
  type FormScenario,
} from './form';

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
