/**
 * Form → pack: the pack data the studio's form stands for, in the order a pack file is written, leaving out empty
 * text and empty optional lists so that the schema names what is missing, as in a file that lacks it.
 */
import { GOAL_FIELDS, kindFields, PACK_FIELDS, RULE_FIELDS, SCENARIO_FIELDS, type FieldSpec } from './schema-fields';
import {
  isObject,
  SCENARIO_KEYS,
  splitList,
  type Data,
  type FieldValue,
  type FormCase,
  type FormPack,
  type FormRule,
  type FormScenario,
  type GlossaryRow,
} from './form';

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
