import { describe, expect, it } from 'vitest';
import { loadPack } from '../../packs';
import { setIn, type FormPack } from './form';
import { packFromForm } from './form-write';
import { importPackText, packToJson, packToYaml } from './pack-file';

const FILE = `# ACME support voice: the team's own rules
id: acme
name: ACME support voice
version: 1.0.0
language: en
rules:
  # we never say "sev1" to a customer
  - id: glossary
    kind: swap
    category: jargon
    severity: suggestion
    swap:
      sev1: urgent issue # the customer's words
    message: "Customers don't know “{text}”."
    examples:
      - text: This is a sev1.
        flags: sev1
    allows:
      - This is an urgent issue.
`;

function imported(text = FILE) {
  const result = importPackText(text, 'acme.yaml');
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.pack;
}

const reimport = (yaml: string): FormPack => imported(yaml).form;

describe('pack files', () => {
  it('exports an unchanged import byte for byte', () => {
    const { form, doc } = imported();
    expect(packToYaml(packFromForm(form), doc)).toBe(FILE);
  });

  it('keeps the comments of the nodes the trainer did not change, and the changes', () => {
    const { form, doc } = imported();
    let edited = setIn(
      form,
      ['rules', 0, 'fields', 'swap'],
      [
        { term: 'sev1', say: 'urgent issue' },
        { term: 'p1', say: 'high priority' },
      ],
    );
    edited = setIn(edited, ['version'], '1.1.0');
    const yaml = packToYaml(packFromForm(edited), doc);
    expect(yaml).toContain("# ACME support voice: the team's own rules");
    expect(yaml).toContain('# we never say "sev1" to a customer');
    expect(yaml).toContain("sev1: urgent issue # the customer's words");
    expect(yaml).toContain('p1: high priority');
    expect(yaml).toContain('version: 1.1.0');
    expect(packFromForm(reimport(yaml))).toEqual(packFromForm(edited));
    expect(loadPack(yaml, 'acme.yaml').ok).toBe(true);
  });

  it('writes a new pack that imports as the same pack, in YAML and in JSON', () => {
    const { form } = imported();
    const pack = packFromForm(setIn(form, ['rules', 0, 'suggest'], ['plain words', 'our words']));
    const yaml = packToYaml(pack);
    expect(yaml).toMatch(/^# Made in the Empathy Coach studio/);
    expect(yaml).toContain('suggest: [ plain words, our words ]');
    expect(packFromForm(reimport(yaml))).toEqual(pack);
    expect(packFromForm(reimport(packToJson(pack)))).toEqual(pack);
    expect(importPackText(packToJson(pack), 'acme.json')).toMatchObject({ ok: true, pack: { doc: undefined } });
  });

  it('refuses a file that is not YAML with the line and column the CLI gives', () => {
    const result = importPackText('id: acme\nname: [unclosed\n', 'bad.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({ file: 'bad.yaml', path: '(syntax)', line: expect.any(Number) });
  });
});
