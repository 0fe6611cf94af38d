/**
 * Which field each problem belongs beside. Every field of the studio has the path the loader uses for it
 * ("rules[0].phrases[1]"); a problem goes to the deepest field at or above its path (an unknown key of a rule
 * goes to the rule, a syntax error to the pack), so every problem the loader reports is shown, and once. A
 * missing field is shown at the field itself.
 */
import type { PackIssue } from '../../engine';
import { kindFields } from './schema-fields';
import { PACK_KEYS, RULE_KEYS, SCENARIO_KEYS, type FormPack } from './form';

const items = (base: string, values: readonly unknown[]) => values.map((_, j) => `${base}[${j}]`);

/** The path of every field the studio shows for this form, the pack itself ("") included. */
export function fieldPaths(form: FormPack): string[] {
  const paths = ['', ...PACK_KEYS, ...items('disable', form.disable)];
  form.rules.forEach((rule, i) => {
    const r = `rules[${i}]`;
    paths.push(r, ...[...RULE_KEYS, 'when.emotion', 'when.channel'].map((f) => `${r}.${f}`));
    paths.push(
      ...items(`${r}.suggest`, rule.suggest),
      ...items(`${r}.examples`, rule.examples),
      ...items(`${r}.allows`, rule.allows),
    );
    for (const field of kindFields(rule.kind)) {
      paths.push(`${r}.${field.name}`);
      const value = rule.fields[field.name];
      if (field.type === 'list' && Array.isArray(value)) paths.push(...items(`${r}.${field.name}`, value));
    }
  });
  form.scenarios.forEach((_, i) => {
    const s = `scenarios[${i}]`;
    paths.push(s, ...[...SCENARIO_KEYS, 'goals.elements', 'goals.rules'].map((f) => `${s}.${f}`));
  });
  return paths;
}

const under = (path: string, field: string) =>
  field === '' || path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`);

/** The problems by the path of the field that shows them. */
export function placeIssues(issues: readonly PackIssue[], paths: readonly string[]): Map<string, PackIssue[]> {
  const placed = new Map<string, PackIssue[]>();
  for (const issue of issues) {
    const at = issue.path === '(the pack)' || issue.path === '(syntax)' ? '' : issue.path;
    // the schema names a missing field at the object that lacks it: show it at the field to fill in
    const missing = /^missing required field "([^"]+)"/.exec(issue.message)?.[1];
    const path = missing ? (at ? `${at}.${missing}` : missing) : at;
    const field = paths.filter((f) => under(path, f)).reduce((best, f) => (f.length > best.length ? f : best), '');
    placed.set(field, [...(placed.get(field) ?? []), issue]);
  }
  return placed;
}
