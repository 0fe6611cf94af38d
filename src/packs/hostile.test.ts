/** Packs written to hurt (or by a careless trainer): each is refused with file, line and path, never a throw. */
import { describe, expect, it } from 'vitest';
import { formatIssue, loadPack } from './index';
import { PACK_CAPS } from './caps';
import { MAX_STORED_CHARS } from './source';

const HEADER = 'id: acme\nname: ACME\nversion: 1.0.0\nlanguage: en\n';
const rule = (id: string, extra = '') => `  - id: ${id}
    kind: phrase
    category: tone
    severity: hint
    phrases: [kindly ${id}]
    message: m
    examples: [{ text: "Kindly ${id} now.", flags: "Kindly ${id}" }]
    allows: [Thanks.]
${extra}`;

const problems = (text: string, examples = false) => {
  const result = loadPack(text, 'acme.yaml', { examples });
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('hostile packs', () => {
  it('accepts one anchor shared by more than a hundred rules (yaml refuses 101 uses by default)', () => {
    const rules = Array.from({ length: 120 }, (_, i) =>
      rule(`r${i}`, i === 0 ? '    when: &w { channel: chat }\n' : '    when: *w\n'),
    ).join('');
    expect(problems(`${HEADER}rules:\n${rules}`)).toEqual([]);
  });

  it('refuses a pack whose aliases multiply its stored size, at the first alias', () => {
    const big = `[${Array.from({ length: 2000 }, (_, i) => `"${'x'.repeat(90)}${i}"`).join(', ')}]`;
    const uses = Array.from({ length: 40 }, (_, i) => `  k${i}: *big\n`).join('');
    const text = `${HEADER}description: &big ${big}\nvocabulary:\n${uses}rules:\n${rule('a')}`;
    expect(text.length).toBeLessThan(400_000);
    const found = problems(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      new RegExp(`^acme\\.yaml:7:7: \\(the pack\\): the pack is too large .*${MAX_STORED_CHARS / 1_000_000} million`),
    );
  });

  it('reports a repeated key with its line, and finds it in one pass over many keys', () => {
    expect(problems(`${HEADER}name: again\nrules:\n${rule('a')}`)).toEqual([
      'acme.yaml:5:1: (syntax): Map keys must be unique: "name" is repeated',
    ]);
    const keys = Array.from({ length: 40_000 }, (_, i) => `  w${i}: 1\n`).join('');
    const started = performance.now();
    const found = problems(`${HEADER}vocabulary:\n${keys}  w7: 2\nrules:\n${rule('a')}`);
    // yaml's own check compares every key with every other: 40,000 keys took over 20 s; one pass takes well under 1 s
    expect(performance.now() - started).toBeLessThan(12_000);
    expect(found).toEqual([`acme.yaml:${40_006}:3: (syntax): Map keys must be unique: "w7" is repeated`]);
  });

  it('names the cap a rule or a pack goes past', () => {
    const phrases = `[${Array.from({ length: 2001 }, (_, i) => `p${i}`).join(', ')}]`;
    expect(problems(`${HEADER}rules:\n${rule('a').replace('[kindly a]', phrases)}`)).toEqual([
      expect.stringMatching(/^acme\.yaml:10:14: rules\[0\]\.phrases: has more than 2000 items, the most allowed here$/),
    ]);
    expect(problems(`${HEADER}rules:\n${rule('a').replace('message: m', `message: ${'m'.repeat(4001)}`)}`)).toEqual([
      'acme.yaml:11:14: rules[0].message: is longer than 4000 characters, the most allowed here',
    ]);
    const match = (i: number) =>
      `  - id: m${i}\n    kind: match\n    category: tone\n    severity: hint\n    match: [a b c, d e f]\n    message: m\n    examples: [x]\n    allows: [y]\n`;
    const rules = Array.from({ length: PACK_CAPS.matchPatterns / 2 + 1 }, (_, i) => match(i)).join('');
    expect(problems(`${HEADER}rules:\n${rules}`)).toEqual([
      expect.stringMatching(
        /^acme\.yaml:\d+:5: rules\[5\]: the pack has more than 10 compromise patterns in its match rules in all/,
      ),
    ]);
  });

  it('refuses a file larger than 1 MB', () => {
    expect(problems(`${HEADER}description: "${'x'.repeat(1024 * 1024)}"\n`)).toEqual([
      expect.stringMatching(/^acme\.yaml:1:1: \(the pack\): the file is larger than 1024 KB/),
    ]);
  });

  it('turns deep nesting into an issue, not a stack overflow', () => {
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(problems(`${HEADER}description: ${deep}\n`)).toEqual([expect.stringMatching(/^acme\.yaml:\d+:\d+: /)]);
  });

  it('refuses invisible format characters in what would be inserted into the reply', () => {
    const text = `${HEADER}rules:\n${rule('a')}    suggest: ["please\u202ewait"]\n`;
    expect(problems(text)).toEqual([
      'acme.yaml:14:15: rules[0].suggest[0]: contains the invisible character U+202E, which would be inserted into the reply unseen',
    ]);
    const swap = `${HEADER}rules:\n  - id: s\n    kind: swap\n    category: jargon\n    severity: hint\n    swap: { SLA: "response\u200btime" }\n    message: m\n    examples: [{ text: "The SLA is fine.", flags: SLA }]\n    allows: [Fine.]\n`;
    expect(problems(swap)).toEqual([
      expect.stringMatching(/^acme\.yaml:10:18: rules\[0\]\.swap\.SLA: contains the invisible character U\+200B/),
    ]);
  });
});
