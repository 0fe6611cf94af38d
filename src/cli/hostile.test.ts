// Packs that are not what they seem: every refusal names file, line and path, exits 2, and shows no stack trace.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliIn } from './test-io';

const dir = mkdtempSync(join(tmpdir(), 'empathy-coach-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = cliIn(dir);

const PACK = `id: acme
name: ACME
version: 1.0.0
language: en
rules:
  - id: kindly
    kind: phrase
    category: tone
    severity: hint
    phrases: [kindly]
    message: "Caf\u00e9 rule"
    examples: [{ text: "Kindly wait.", flags: Kindly }]
    allows: [Thanks.]
`;

const noStack = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);

describe('the CLI against hostile packs', () => {
  it('refuses a pack that is not UTF-8, naming the line and column of the first bad byte', () => {
    const bytes = Buffer.from(PACK, 'utf8');
    const latin1 = Buffer.from(PACK.replace('Caf\u00e9', 'Caf\u00e9'), 'latin1'); // é as one byte 0xE9
    expect(latin1.length).toBe(bytes.length - 1);
    writeFileSync(join(dir, 'latin1.yaml'), latin1);
    const result = cli(['test', 'latin1.yaml']);
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe('latin1.yaml:11:18: (syntax): not UTF-8 text (save the file as UTF-8)');
    expect(cli(['check', '--pack', 'latin1.yaml', '-'], 'Kindly wait.').code).toBe(2);
  });

  it('refuses a text to check that is not UTF-8, with its place', () => {
    writeFileSync(join(dir, 'reply.txt'), Buffer.from([0x48, 0x69, 0x0a, 0x6f, 0x6b, 0xff, 0x0a]));
    const result = cli(['check', 'reply.txt']);
    expect(result.code).toBe(2);
    expect(result.err.trim()).toBe('reply.txt:2:3: not UTF-8 text (save the file as UTF-8)');
  });

  it('turns deep nesting into a refusal with file and line, not a stack trace', () => {
    writeFileSync(join(dir, 'deep.yaml'), `${PACK}description: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`);
    const result = cli(['test', 'deep.yaml']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^deep\.yaml:\d+:\d+: /);
    noStack(result.err);
  });

  it('tests a pack that shares one anchor among many rules', () => {
    const rules = Array.from(
      { length: 110 },
      (_, i) => `  - id: r${i}
    kind: phrase
    category: tone
    severity: hint
    phrases: [kindly r${i}]
    message: m
    when: ${i === 0 ? '&chat { channel: chat }' : '*chat'}
    examples: [{ text: "Kindly r${i} now.", flags: "Kindly r${i}", channel: chat }]
    allows: [Thanks.]
`,
    ).join('');
    writeFileSync(join(dir, 'shared.yaml'), `id: shared\nname: Shared\nversion: 1.0.0\nlanguage: en\nrules:\n${rules}`);
    const result = cli(['test', 'shared.yaml']);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
  });

  it('checks 160 KB with no sentence end in seconds, and exits on its findings, not 2', () => {
    const clause = 'and then we looked into the order again and you failed to attach the receipt ';
    const text = clause.repeat(Math.ceil(160_000 / clause.length)).slice(0, 160_000);
    // before match rules read only a sentence's head, compromise took 117 s on this and the command then failed
    const result = cli(['check', '--format', 'json', '-'], text);
    expect(result.err).toBe('');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.out).files[0].findings.length).toBeGreaterThan(0);
  }, 60_000);
});
