import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../packs/builtin';
import { createAnalyzer } from './analyzer';
import { compact, flags, packOf } from './test-helpers';
import { splitSentences } from './text';

const SENTENCES = [
  'Hi Sam,',
  'Unfortunately the refund failed.',
  'You failed to attach the invoice 😞 so tier 2 could not check it.',
  'Per my last email, the SLA is 24 hours!!',
  'I understand how frustrating this is.',
  "I'll re-send the link today and check back tomorrow.",
  'Just clear your cache and it will simply work.',
  'PLEASE DO NOT reply to this thread.',
  'Best regards,',
  'Ana',
];

/** A deterministic pseudo-random generator, so a failing sequence can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
}

describe('incremental analysis', () => {
  it('agrees exactly with a fresh full analysis after every edit of a long random edit sequence', () => {
    const next = random(42);
    const incremental = createAnalyzer(BUILTIN_PACKS);
    // with no cache, every analysis is a full one from scratch (compiling the packs once, not 150 times)
    const fresh = createAnalyzer(BUILTIN_PACKS, { cacheSize: 0 });
    let text = SENTENCES.join(' ');
    for (let step = 0; step < 150; step++) {
      const at = Math.floor(next() * (text.length + 1));
      const choice = next();
      if (choice < 0.4) text = text.slice(0, at) + 'abc .!\n😀,'[Math.floor(next() * 10)] + text.slice(at);
      else if (choice < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
      else text = text.slice(0, at) + ' ' + SENTENCES[Math.floor(next() * SENTENCES.length)] + text.slice(at);
      const customerMessage = step % 3 ? 'This is the third time I ask, still broken!' : undefined;
      const full = fresh.analyze(text, { customerMessage });
      expect(incremental.analyze(text, { customerMessage }), `step ${step}: ${JSON.stringify(text)}`).toEqual(full);
    }
  });

  it('re-runs the rules on the changed sentence only, and keeps other offsets right as sentences move', () => {
    const analyzer = createAnalyzer(BUILTIN_PACKS);
    const draft = Array.from(
      { length: 60 },
      (_, i) => `${SENTENCES[i % SENTENCES.length].replace(/\.$/, '')} (${i}).`,
    ).join(' ');
    analyzer.analyze(draft);
    const before = analyzer.stats();
    const edited = `X${draft}`; // one keystroke at the very start: every later offset shifts by one
    const report = analyzer.analyze(edited);
    const after = analyzer.stats();
    expect(after.analysed - before.analysed).toBe(1);
    expect(after.reused - before.reused).toBe(splitSentences(edited).length - 1);
    for (const f of report.findings) expect(edited.slice(f.start, f.end)).toBe(f.text);
    expect(report).toEqual(createAnalyzer(BUILTIN_PACKS).analyze(edited));
  });

  it('prepares a long draft in slices, after which analysis reuses every sentence', () => {
    const analyzer = createAnalyzer(BUILTIN_PACKS);
    const draft = Array.from(
      { length: 40 },
      (_, i) => `${SENTENCES[i % SENTENCES.length].replace(/\.$/, '')} (${i}).`,
    ).join(' ');
    let slices = 0;
    let budget = 0;
    while (!analyzer.prepare(draft, () => budget-- > 0)) {
      slices++;
      budget = 5;
    }
    expect(slices).toBeGreaterThan(3);
    const before = analyzer.stats();
    expect(analyzer.analyze(draft)).toEqual(createAnalyzer(BUILTIN_PACKS).analyze(draft));
    expect(analyzer.stats().analysed).toBe(before.analysed);
  });

  it('warms its rules a step at a time before the first sentence, so that no step is a long task', () => {
    const analyzer = createAnalyzer(BUILTIN_PACKS);
    let steps = 0;
    expect(analyzer.prepare('Thanks for waiting.', () => steps++ < 50)).toBe(false);
    expect(analyzer.stats().analysed).toBe(0);
    while (!analyzer.prepare('Thanks for waiting.', () => steps++ < 1e6));
    // one step per sentence rule, a few more for the parser and the samples, then the sentence itself
    expect(steps).toBeGreaterThan(analyzer.rules.filter((r) => r.sentence).length);
    expect(analyzer.stats()).toMatchObject({ analysed: 1, reused: 0 });
    expect(analyzer.analyze('Thanks for waiting.')).toEqual(
      createAnalyzer(BUILTIN_PACKS).analyze('Thanks for waiting.'),
    );
  });

  it('applies a sentence rule’s `when` per conversation, from the same cached sentence', () => {
    const analyzer = createAnalyzer([
      packOf([
        { id: 'echo', kind: 'phrase', phrases: ['what a mess'], when: { emotion: ['angry'] } },
        { id: 'chatty', kind: 'phrase', phrases: ['what'], when: { channel: 'chat' } },
      ]),
    ]);
    const draft = 'Oh, what a mess.';
    const angry = { customerMessage: 'This is ridiculous, I am furious and nobody answers!' };
    expect(analyzer.analyze(draft, angry).findings.map((f) => f.rule)).toEqual(['t/echo']);
    expect(analyzer.analyze(draft, { customerMessage: 'Thanks, all good now.' }).findings).toEqual([]);
    expect(analyzer.analyze(draft, { channel: 'chat' }).findings.map((f) => f.rule)).toEqual(['t/chatty']);
    expect(analyzer.stats()).toMatchObject({ analysed: 1, reused: 2 });
  });

  it('parses a sentence with compromise only when a match rule could apply', () => {
    const analyzer = createAnalyzer([packOf([{ id: 'm', kind: 'match', match: 'you (forgot|failed) to #Verb' }])]);
    analyzer.analyze('Thanks for waiting. You are right. We failed, to be fair.');
    expect(analyzer.stats().parsed).toBe(0); // no sentence holds "you", "failed|forgot" and "to" together
    analyzer.analyze('You failed to attach it.');
    expect(analyzer.stats().parsed).toBe(1);
  });
});

describe('findings', () => {
  it('carry UTF-16 offsets across emoji, CRLF and several lines', () => {
    const text = 'Hi 👋🏽 Sam,\r\n\r\n🙂 Unfortunately, 👍 you failed to attach it.';
    const { findings } = createAnalyzer(BUILTIN_PACKS).analyze(text);
    expect(findings.length).toBeGreaterThan(1);
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(compact(text, findings).filter((s) => /unfortunately|failed/.test(s))).toEqual([
      '3:4-3:17 core/unfortunately "Unfortunately"',
      '3:22-3:42 core/you-failed-to "you failed to attach"',
    ]);
  });

  it('never holds overlapping duplicates of one rule', () => {
    const pack = packOf([{ id: 'p', kind: 'pattern', pattern: ['sorry for', 'for the trouble', 'sorry'] }]);
    expect(flags(pack, 'Sorry for the trouble. sorry')).toEqual(['1:1-1:10 t/p "Sorry for"', '1:24-1:29 t/p "sorry"']);
  });

  it('leave out what is below the minimum severity', () => {
    const pack = packOf([
      { id: 'a', kind: 'phrase', phrases: ['alpha'], severity: 'hint' },
      { id: 'b', kind: 'phrase', phrases: ['beta'], severity: 'warning' },
    ]);
    expect(flags(pack, 'alpha beta', undefined, { minSeverity: 'suggestion' })).toEqual(['1:7-1:11 t/b "beta"']);
  });

  it('leaves out the phrases the agent ignores everywhere, whatever the rule or case, and they weigh on no score', () => {
    const pack = packOf([
      { id: 'a', kind: 'phrase', phrases: ['alpha beta', 'gamma'] },
      { id: 'b', kind: 'phrase', phrases: ['alpha  beta'] },
    ]);
    expect(flags(pack, 'Alpha beta, gamma.', undefined, { ignorePhrases: ['  ALPHA   Beta '] })).toEqual([
      '1:13-1:18 t/a "gamma"',
    ]);
    const text = 'Unfortunately you failed to attach the file.';
    const plain = createAnalyzer(BUILTIN_PACKS).analyze(text);
    const ignoring = createAnalyzer(BUILTIN_PACKS, { ignorePhrases: ['you failed to attach'] }).analyze(text);
    expect(ignoring.findings.map((f) => f.rule)).toEqual(
      plain.findings.map((f) => f.rule).filter((r) => r !== 'core/you-failed-to'),
    );
    expect(ignoring.scores.empathy).toBeGreaterThan(plain.scores.empathy);
  });
});

describe('packs in order', () => {
  const base = packOf(
    [
      { id: 'a', kind: 'phrase', phrases: ['alpha'] },
      { id: 'b', kind: 'phrase', phrases: ['beta'] },
    ],
    { id: 'base' },
  );

  it('lets a later pack replace a rule by its qualified id, or turn it off', () => {
    const team = packOf([{ id: 'base/a', kind: 'phrase', phrases: ['gamma'], message: 'team says {text}' }], {
      id: 'team',
      disable: ['base/b'],
    });
    const { findings } = createAnalyzer([base, team]).analyze('alpha beta gamma');
    expect(findings.map((f) => [f.rule, f.text, f.message])).toEqual([['base/a', 'gamma', 'team says gamma']]);
  });

  it("honours the agent's disabled rules", () => {
    expect(flags(base, 'alpha beta', undefined, { disabledRules: ['base/a'] })).toEqual(['1:7-1:11 base/b "beta"']);
  });
});

describe('report', () => {
  it('scores a warm, complete reply above a cold, blaming one', () => {
    const analyzer = createAnalyzer(BUILTIN_PACKS);
    const customerMessage = 'This is the third time I have asked and it is still broken.';
    const warm = analyzer.analyze(
      "Hi Sam,\n\nI'm so sorry this is still happening, I can see how frustrating it is. I've reset your sync and I'll check it again by 3pm today.\n\nBest,\nAna",
      { customerMessage },
    );
    const cold = analyzer.analyze(
      'As I already said, you failed to update the app. It is not possible to fix it otherwise.',
      { customerMessage },
    );
    expect(warm.scores.empathy).toBeGreaterThan(70);
    expect(cold.scores.empathy).toBeLessThan(35);
    expect(warm.scores.tone).toBeGreaterThan(cold.scores.tone);
    expect(warm.scores.signals.map((s) => s.label)).toEqual(
      expect.arrayContaining([
        'acknowledges and validates the feeling',
        'shows understanding',
        'takes ownership',
        'gives a time frame',
      ]),
    );
    expect(cold.scores.signals.map((s) => s.label)).toEqual(expect.arrayContaining(['blames the customer']));
    expect(warm.customer?.emotion).toBe('frustrated');
  });

  it('is empty and neutral for an empty draft', () => {
    expect(createAnalyzer(BUILTIN_PACKS).analyze('')).toEqual({
      findings: [],
      scores: { tone: 0, empathy: 0, signals: [], toneSignals: [] },
      checklist: [],
      words: 0,
    });
  });
});
