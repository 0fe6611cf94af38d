import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePair } from './pairs';
import { cliAsyncIn } from './test-io';

const dir = mkdtempSync(join(tmpdir(), 'empathy-coach-pairs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = cliAsyncIn(dir);

const DAMAGED = 'My parcel arrived damaged. Can you send a replacement? Also, will I get the delivery fee back?';
const line = (value: unknown) => JSON.stringify(value);
const results = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));

describe('check --pairs', () => {
  it('prints one JSON result a line: a files[] entry plus id, with the customer reading and the questions', async () => {
    const file = join(dir, 'pairs.jsonl');
    writeFileSync(
      file,
      [
        line({ id: 'a1', context: DAMAGED, reply: "Hi Jo,\n\nI've sent a replacement today.\n\nBest,\nAna" }),
        line({ id: 7, context: 'Thanks, all sorted!', reply: 'Glad to hear it, have a lovely day!', channel: 'chat' }),
      ].join('\n') + '\n',
    );
    const { code, out, err } = await cli(['check', '--pairs', file]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const [first, second] = results(out);
    expect(Object.keys(first)).toEqual([
      'id',
      'line',
      'path',
      'language',
      'findings',
      'scores',
      'signals',
      'toneSignals',
      'checklist',
      'customer',
      'questions',
      'words',
    ]);
    expect(first.id).toBe('a1');
    expect(first.customer).toEqual(
      expect.objectContaining({
        emotion: expect.any(String),
        emotions: expect.any(Array),
        intensity: expect.stringMatching(/^(?:mild|strong)$/),
        cues: expect.any(Array),
      }),
    );
    expect(first.findings).toContainEqual(
      expect.objectContaining({
        rule: 'core/unanswered-question',
        category: 'listening',
        message: "The customer asked “will I get the delivery fee back?” and the reply doesn't answer it yet.",
      }),
    );
    expect(second).toEqual(expect.objectContaining({ id: 7, line: 2 }));
    expect(second.findings.map((f: { rule: string }) => f.rule)).not.toContain('core/unanswered-question');
  });

  it('says whether each reply picks up what the customer told, for QA leads auditing stock replies', async () => {
    const file = join(dir, 'stock.jsonl');
    const stock =
      "Hi Jo,\n\nThanks for reaching out. I'm sorry for any inconvenience. Our team has looked into it and it should be resolved now.";
    const specific =
      "Hi Jo,\n\nI'm sorry your parcel arrived damaged. A replacement left our warehouse today and the delivery fee is refunded.";
    writeFileSync(
      file,
      [line({ id: 's', context: DAMAGED, reply: stock }), line({ id: 'p', context: DAMAGED, reply: specific })].join(
        '\n',
      ),
    );
    const [generic, personal] = results((await cli(['check', '--pairs', file])).out);
    expect(generic.reflection).toEqual({ picksUp: false, quote: 'My parcel arrived damaged' });
    expect(generic.findings).toContainEqual(
      expect.objectContaining({ rule: 'core/reflect-customer', category: 'listening' }),
    );
    expect(personal.reflection).toEqual({ picksUp: true, quote: 'My parcel arrived damaged' });
  });

  it('reports a bad line with its number on stderr, skips it and goes on', async () => {
    const input = [
      line({ id: 'ok', context: 'Hi', reply: 'Hello! How can I help?' }),
      '{not json',
      line({ id: 'no-reply', context: 'Hi' }),
      '',
      line({ context: 'Hi', reply: 'Hi there!', channel: 'fax' }),
      line({ id: 'ok2', context: 'Hi', reply: 'Hello again!' }),
    ].join('\n');
    const { code, out, err } = await cli(['check', '--pairs', '-'], input);
    expect(code).toBe(0);
    expect(results(out).map((r) => r.id)).toEqual(['ok', 'ok2']);
    expect(err).toContain('<stdin>:2: not JSON');
    expect(err).toContain('<stdin>:3: "reply" must be a string; line skipped');
    expect(err).toContain('<stdin>:5: "channel" must be "email" or "chat"; line skipped');
  });

  it('exits 2 only when nothing could be read', async () => {
    const bad = await cli(['check', '--pairs', '-'], '{oops\n[1,2]\n');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('<stdin>: no pair could be read (2 bad lines of 2)');
    const missing = await cli(['check', '--pairs', 'nope.jsonl']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('no such file');
    const mixed = await cli(['check', '--pairs', '-', '--context', 'c.txt'], '');
    expect(mixed.code).toBe(2);
    expect(mixed.err).toContain('drop --context');
  });

  it('shows progress on stderr only when it is a terminal', async () => {
    const input = Array.from({ length: 260 }, (_, i) => line({ id: i, context: 'Hi', reply: 'Hello!' })).join('\n');
    const quiet = await cli(['check', '--pairs', '-'], input);
    expect(quiet.err).toBe('');
    const shown = await cli(['check', '--pairs', '-'], input, true);
    expect(shown.err).toContain('[progress] checked 250 pairs');
    expect(shown.err).toContain('[progress] checked 260 pairs\n');
    expect(results(shown.out)).toHaveLength(260);
  });
});

describe('parsePair', () => {
  it('names what is wrong with a line', () => {
    expect(parsePair('"just a string"')).toBe('expected an object {"id"?, "context", "reply", "channel"?}');
    expect(parsePair('{"reply": "x"}')).toBe('"context" must be a string (the customer\'s message)');
    expect(parsePair('{"reply": "x", "context": "y", "id": {}}')).toBe('"id" must be a string or a number');
    expect(parsePair('{"reply": "x", "context": "y"}')).toEqual({ reply: 'x', context: 'y' });
  });
});
