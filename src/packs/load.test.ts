import { describe, expect, it } from 'vitest';
import { formatIssue, loadPack } from './index';

const HEADER = 'id: acme\nname: ACME\nversion: 1.0.0\nlanguage: en\nrules:\n';
const RULE = `  - id: sorry
    kind: phrase
    category: tone
    severity: suggestion
    phrases: [sorry for the inconvenience]
    message: Say what you're sorry for.
    examples:
      - text: Sorry for the inconvenience.
        flags: Sorry for the inconvenience
    allows:
      - Sorry the refund took a week.
`;

/** Loads a pack and returns its issues as "file:line:col: path: message" lines. */
const problems = (text: string, file = 'acme.yaml', examples = true) => {
  const result = loadPack(text, file, { examples });
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('loadPack', () => {
  it('accepts a good pack, in YAML and in JSON', () => {
    expect(problems(HEADER + RULE)).toEqual([]);
    const json = JSON.stringify({
      id: 'acme', name: 'ACME', version: '1.0.0', language: 'en',
      rules: [{ id: 'x', kind: 'phrase', category: 'tone', severity: 'hint', phrases: ['kindly'], message: 'm', examples: [{ text: 'Kindly wait.', flags: 'Kindly' }], allows: ['Thanks for waiting.'] }],
    }, null, 2);
    expect(problems(json, 'acme.json')).toEqual([]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problems(`${HEADER}  - id: x\n    phrases: [a, b\n    kind: phrase\n`)).toEqual([
      expect.stringMatching(/^acme\.yaml:8:5: \(syntax\): Flow sequence/),
    ]);
  });

  it('reports a JSON syntax error with its line', () => {
    expect(problems('{\n  "id": "acme",\n  "name": "x",,\n}', 'acme.json')).toEqual([expect.stringMatching(/^acme\.json:3:\d+: \(syntax\): /)]);
  });

  it('names an unknown field, where it is, and the field that was probably meant', () => {
    expect(problems(HEADER + RULE.replace('phrases:', 'phrase:'))).toEqual([
      'acme.yaml:6:5: rules[0]: missing required field "phrases" for this kind of rule',
      'acme.yaml:10:5: rules[0].phrase: unknown field "phrase" (did you mean "phrases"?)',
    ]);
  });

  it('refuses an empty phrase list', () => {
    expect(problems(HEADER + RULE.replace('[sorry for the inconvenience]', '[]'))).toEqual(['acme.yaml:10:14: rules[0].phrases: must not be empty']);
  });

  it('refuses a bad enum value and lists the choices', () => {
    expect(problems(HEADER + RULE.replace('category: tone', 'category: politeness'))).toEqual([
      'acme.yaml:8:15: rules[0].category: expected one of "empathy", "tone", "positive-language", "jargon", "blame", "clarity", "structure"',
    ]);
  });

  it('refuses missing pack fields and a malformed id and version', () => {
    expect(problems('id: Acme Support\nversion: "1.0"\nlanguage: en\nrules:\n' + RULE)).toEqual([
      'acme.yaml:1:1: (the pack): missing required field "name"',
      'acme.yaml:1:5: id: not in the expected form: Lower-case id, unique among the agent\'s packs: letters, digits and dashes.',
      'acme.yaml:2:10: version: not in the expected form: Semantic version, e.g. 1.3.0.',
    ]);
  });

  it('refuses duplicate rule ids, pointing at the second', () => {
    expect(problems(HEADER + RULE + RULE)).toEqual(['acme.yaml:17:9: rules[1].id: duplicate rule id "sorry" (first used by rules[0])']);
  });

  it('refuses a phrase listed twice', () => {
    expect(problems(HEADER + RULE.replace('[sorry for the inconvenience]', '[kindly, Kindly]'), 'acme.yaml', false)).toEqual([
      'acme.yaml:10:23: rules[0].phrases[1]: "Kindly" is listed twice (also phrases[0])',
    ]);
  });

  it('refuses a regular expression that needs backtracking, at its line', () => {
    const rule = RULE.replace('kind: phrase', 'kind: pattern').replace('phrases: [sorry for the inconvenience]', 'pattern: "(sorry)\\\\s+\\\\1"');
    expect(problems(HEADER + rule)).toEqual([
      'acme.yaml:10:14: rules[0].pattern: bad regular expression /(sorry)\\s+\\1/: error parsing regexp: invalid escape sequence: `\\1`',
    ]);
  });

  it('refuses a malformed compromise pattern, at its line', () => {
    const rule = RULE.replace('kind: phrase', 'kind: match').replace('phrases: [sorry for the inconvenience]', 'match: "sorry (for|about the inconvenience"');
    expect(problems(HEADER + rule)).toEqual([
      'acme.yaml:10:12: rules[0].match: bad compromise pattern "sorry (for|about the inconvenience": unclosed "("',
    ]);
  });

  it('refuses a pack whose examples fail, listing each failing case by rule', () => {
    const rule = RULE.replace('flags: Sorry for the inconvenience', 'flags: Sorry').replace('Sorry the refund took a week.', 'Sorry for the inconvenience!');
    expect(problems(HEADER + rule)).toEqual([
      'acme.yaml:13:9: rules[0].examples[0]: example of acme/sorry fails: "Sorry for the inconvenience." should flag "Sorry", flagged "Sorry for the inconvenience"',
      'acme.yaml:16:9: rules[0].allows[0]: allow of acme/sorry fails: "Sorry for the inconvenience!" should flag nothing, flagged "Sorry for the inconvenience"',
    ]);
  });

  it('refuses an example in the wrong shape with the shape it expects', () => {
    expect(problems(HEADER + RULE.replace('flags: Sorry for the inconvenience', 'flag: Sorry for the inconvenience'))).toEqual([
      'acme.yaml:14:9: rules[0].examples[0].flag: unknown field "flag" (did you mean "flags"?)',
    ]);
  });
});
