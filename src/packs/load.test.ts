import { describe, expect, it } from 'vitest';
import { formatIssue, loadPack, loadPacks } from './index';

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
    const json = JSON.stringify(
      {
        id: 'acme',
        name: 'ACME',
        version: '1.0.0',
        language: 'en',
        rules: [
          {
            id: 'x',
            kind: 'phrase',
            category: 'tone',
            severity: 'hint',
            phrases: ['kindly'],
            message: 'm',
            examples: [{ text: 'Kindly wait.', flags: 'Kindly' }],
            allows: ['Thanks for waiting.'],
          },
        ],
      },
      null,
      2,
    );
    expect(problems(json, 'acme.json')).toEqual([]);
  });

  it('reports a YAML syntax error with its line', () => {
    expect(problems(`${HEADER}  - id: x\n    phrases: [a, b\n    kind: phrase\n`)).toEqual([
      expect.stringMatching(/^acme\.yaml:8:5: \(syntax\): Flow sequence/),
    ]);
  });

  it('reports a JSON syntax error with its line', () => {
    expect(problems('{\n  "id": "acme",\n  "name": "x",,\n}', 'acme.json')).toEqual([
      expect.stringMatching(/^acme\.json:3:\d+: \(syntax\): /),
    ]);
  });

  it('names an unknown field, where it is, and the field that was probably meant', () => {
    expect(problems(HEADER + RULE.replace('phrases:', 'phrase:'))).toEqual([
      'acme.yaml:6:5: rules[0]: missing required field "phrases" for this kind of rule',
      'acme.yaml:10:5: rules[0].phrase: unknown field "phrase" (did you mean "phrases"?)',
    ]);
  });

  it('refuses an empty phrase list', () => {
    expect(problems(HEADER + RULE.replace('[sorry for the inconvenience]', '[]'))).toEqual([
      'acme.yaml:10:14: rules[0].phrases: must not be empty',
    ]);
  });

  it('refuses a bad enum value and lists the choices', () => {
    expect(problems(HEADER + RULE.replace('category: tone', 'category: politeness'))).toEqual([
      'acme.yaml:8:15: rules[0].category: expected one of "empathy", "listening", "tone", "positive-language", "jargon", "blame", "clarity", "structure"',
    ]);
  });

  it('refuses missing pack fields and a malformed id and version', () => {
    expect(problems('id: Acme Support\nversion: "1.0"\nlanguage: en\nrules:\n' + RULE)).toEqual([
      'acme.yaml:1:1: (the pack): missing required field "name"',
      "acme.yaml:1:5: id: not in the expected form: Lower-case id, unique among the agent's packs: letters, digits and dashes.",
      'acme.yaml:2:10: version: not in the expected form: Semantic version, e.g. 1.3.0.',
    ]);
  });

  it('refuses duplicate rule ids, pointing at the second', () => {
    expect(problems(HEADER + RULE + RULE)).toEqual([
      'acme.yaml:17:9: rules[1].id: duplicate rule id "sorry" (first used by rules[0])',
    ]);
  });

  it('refuses a phrase listed twice', () => {
    expect(
      problems(HEADER + RULE.replace('[sorry for the inconvenience]', '[kindly, Kindly]'), 'acme.yaml', false),
    ).toEqual(['acme.yaml:10:23: rules[0].phrases[1]: "Kindly" is listed twice (also phrases[0])']);
  });

  it('refuses a regular expression that needs backtracking, at its line', () => {
    const rule = RULE.replace('kind: phrase', 'kind: pattern').replace(
      'phrases: [sorry for the inconvenience]',
      'pattern: "(sorry)\\\\s+\\\\1"',
    );
    expect(problems(HEADER + rule)).toEqual([
      'acme.yaml:10:14: rules[0].pattern: bad regular expression /(sorry)\\s+\\1/: error parsing regexp: invalid escape sequence: `\\1`',
    ]);
  });

  it('refuses a malformed compromise pattern, at its line', () => {
    const rule = RULE.replace('kind: phrase', 'kind: match').replace(
      'phrases: [sorry for the inconvenience]',
      'match: "sorry (for|about the inconvenience"',
    );
    expect(problems(HEADER + rule)).toEqual([
      'acme.yaml:10:12: rules[0].match: bad compromise pattern "sorry (for|about the inconvenience": unclosed "("',
    ]);
  });

  it('refuses a pack whose examples fail, listing each failing case by rule', () => {
    const rule = RULE.replace('flags: Sorry for the inconvenience', 'flags: Sorry').replace(
      'Sorry the refund took a week.',
      'Sorry for the inconvenience!',
    );
    expect(problems(HEADER + rule)).toEqual([
      'acme.yaml:13:9: rules[0].examples[0]: example of acme/sorry fails: "Sorry for the inconvenience." should flag "Sorry", flagged "Sorry for the inconvenience"',
      'acme.yaml:16:9: rules[0].allows[0]: allow of acme/sorry fails: "Sorry for the inconvenience!" should flag nothing, flagged "Sorry for the inconvenience"',
    ]);
  });

  it('refuses an example in the wrong shape with the shape it expects', () => {
    expect(
      problems(HEADER + RULE.replace('flags: Sorry for the inconvenience', 'flag: Sorry for the inconvenience')),
    ).toEqual(['acme.yaml:14:9: rules[0].examples[0].flag: unknown field "flag" (did you mean "flags"?)']);
  });
});

const SCENARIOS = `scenarios:
  - id: double-charge
    title: Charged twice
    situation: billing-error
    difficulty: medium
    channel: email
    emotion: angry
    message: You charged me twice. This is unacceptable!
    goals:
      elements: [acknowledgement, next-step]
      rules: [core/unfortunately, sorry]
    model: Hi Ana, I'm sorry we charged you twice. I've refunded the second charge today.
`;

describe('loadPack: scenarios', () => {
  it('accepts scenarios beside rules, and a pack of scenarios only', () => {
    expect(problems(HEADER + RULE + SCENARIOS)).toEqual([]);
    const only = loadPack(HEADER.replace('rules:\n', '') + SCENARIOS.replace(', sorry]', ']'), 'acme.yaml');
    expect(only.ok ? [] : only.issues.map(formatIssue)).toEqual([]);
    expect(only.ok && only.pack.rules).toEqual([]);
  });

  it('refuses a pack with neither rules nor scenarios, in one message', () => {
    expect(problems(HEADER.replace('rules:\n', ''))).toEqual([
      'acme.yaml:1:1: (the pack): needs "rules" or "scenarios" (or both)',
    ]);
  });

  it('names a misspelt scenario field and a missing one, with their lines', () => {
    expect(
      problems(HEADER + RULE + SCENARIOS.replace('difficulty:', 'dificulty:').replace('    emotion: angry\n', '')),
    ).toEqual([
      'acme.yaml:18:5: scenarios[0]: missing required field "difficulty"',
      'acme.yaml:18:5: scenarios[0]: missing required field "emotion"',
      'acme.yaml:21:5: scenarios[0].dificulty: unknown field "dificulty" (did you mean "difficulty"?)',
    ]);
  });

  it('refuses bad values: an unknown element, a bad emotion, an element listed twice', () => {
    const bad = SCENARIOS.replace('emotion: angry', 'emotion: furious').replace(
      '[acknowledgement, next-step]',
      '[acknowledgement, empathy, acknowledgement]',
    );
    expect(problems(HEADER + RULE + bad)).toEqual([
      'acme.yaml:23:14: scenarios[0].emotion: expected one of "frustrated", "angry", "confused", "anxious", "sad", "urgent", "happy", "neutral"',
      'acme.yaml:26:35: scenarios[0].goals.elements[1]: expected one of "greeting", "acknowledgement", "apology", "thanks", "next-step", "time-frame", "closing"',
      'acme.yaml:26:17: scenarios[0].goals.elements: lists the same value twice',
    ]);
  });

  it('refuses a goal rule that no pack in use has, and suggests the one meant', () => {
    expect(
      problems(
        HEADER + RULE + SCENARIOS.replace('core/unfortunately', 'core/unfortunatly').replace(', sorry]', ', sory]'),
      ),
    ).toEqual([
      'acme.yaml:27:15: scenarios[0].goals.rules[0]: no rule "core/unfortunatly" in the packs in use (did you mean "core/unfortunately"?)',
      'acme.yaml:27:34: scenarios[0].goals.rules[1]: no rule "acme/sory" in the packs in use (did you mean "acme/sorry"?)',
    ]);
    // the packs in use decide: without the built-ins, core's rules are unknown
    const alone = loadPack(HEADER + RULE + SCENARIOS, 'acme.yaml', { with: [] });
    expect(alone.ok ? [] : alone.issues.map(formatIssue)).toEqual([
      'acme.yaml:27:15: scenarios[0].goals.rules[0]: no rule "core/unfortunately" in the packs in use',
    ]);
  });

  it('refuses a goal rule the pack itself turns off', () => {
    expect(problems(HEADER.replace('rules:\n', 'disable: [core/unfortunately]\nrules:\n') + RULE + SCENARIOS)).toEqual([
      'acme.yaml:28:15: scenarios[0].goals.rules[0]: "core/unfortunately" is turned off by this pack\'s "disable" list',
    ]);
  });

  it('refuses duplicate scenario ids, and a scenario without a message or with both message and thread', () => {
    const thread =
      '    thread:\n      - { author: customer, text: Where is my order? }\n      - { author: agent, text: It left today. }\n';
    const noMessage = SCENARIOS.replace(/ {4}message: .*\n/, '');
    expect(
      problems(
        HEADER +
          RULE +
          SCENARIOS +
          SCENARIOS.replace('scenarios:\n', '') +
          noMessage.replace('scenarios:\n', '').replace('double-charge', 'other'),
      ),
    ).toEqual([
      'acme.yaml:29:9: scenarios[1].id: duplicate scenario id "double-charge" (first used by scenarios[0])',
      'acme.yaml:40:5: scenarios[2]: needs the customer\'s "message" or a "thread"',
    ]);
    expect(problems(HEADER + RULE + SCENARIOS + thread)).toEqual([
      'acme.yaml:29:5: scenarios[0].thread: give either "message" or "thread", not both',
      "acme.yaml:31:19: scenarios[0].thread[1].author: a thread ends with the customer's message the reply answers",
    ]);
  });

  it('checks goals against every pack loaded together', () => {
    const team = 'id: team\nname: Team\nversion: 1.0.0\nlanguage: en\nrules:\n' + RULE;
    const practice = HEADER.replace('rules:\n', '') + SCENARIOS.replace('core/unfortunately, sorry', 'team/sorry');
    const [, loaded] = loadPacks([
      { text: team, file: 'team.yaml' },
      { text: practice, file: 'acme.yaml' },
    ]);
    expect(loaded.ok ? [] : loaded.issues.map(formatIssue)).toEqual([]);
    expect(problems(practice)).toEqual([
      'acme.yaml:15:15: scenarios[0].goals.rules[0]: no rule "team/sorry" in the packs in use',
    ]);
  });
});
