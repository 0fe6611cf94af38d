/**
 * What the pack caps and the run-on guard buy, measured (issue 14): the per-keystroke cost of the largest pack
 * the caps allow, and the cost of one long run-on sentence. The pack is built to the caps in every dimension at
 * once (rules, phrases, regexes, match patterns, require phrases, 1 MB of text) and is checked to pass the
 * loader's caps, so the figure is the worst a trainer's pack can do, not a guess.
 */
import { createRandom, generateCorpus } from './corpus.mjs';

const KEYSTROKES = 101;
const TARGET_MS = 5;

const WORDS = (() => {
  const random = createRandom(7);
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: 3000 }, () =>
    Array.from({ length: 3 + Math.floor(random() * 5) }, () => letters[Math.floor(random() * 26)]).join(''),
  );
})();

/** The largest pack the caps allow, as a pack file's text (JSON, which the loader reads like YAML). */
export function largestPack(caps) {
  const rule = (id, kind, fields) => ({
    id,
    kind,
    category: 'tone',
    severity: 'hint',
    message: '“{text}”',
    examples: ['x'],
    allows: ['y'],
    ...fields,
  });
  const rules = [];
  const phrasesPerRule = 2000;
  let word = 0;
  const phrase = () => `${WORDS[word++ % WORDS.length]} ${WORDS[(word * 7) % WORDS.length]}`;
  for (let r = 0; r < caps.phrases / phrasesPerRule; r++) {
    const list = Array.from({ length: phrasesPerRule }, phrase);
    // half phrase rules, half swap rules: both read the same trie
    rules.push(
      r % 2
        ? rule(`p${r}`, 'phrase', { phrases: [...new Set(list)] })
        : rule(`s${r}`, 'swap', { swap: Object.fromEntries(list.map((p) => [p, 'x'])) }),
    );
  }
  // match patterns with no literal word, so no sentence is skipped before compromise runs them
  const tags = ['#Adjective #Noun', '#Pronoun #Verb', '#Determiner #Noun', '#Adverb #Adjective', '#Verb #Preposition'];
  for (let r = 0; r < caps.matchPatterns / 5; r++)
    rules.push(rule(`m${r}`, 'match', { match: tags.map((t, i) => `${t} ${'#Noun'.repeat(i % 2)}`.trim()) }));
  for (let r = 0; r < caps.regexes / 20; r++) {
    rules.push(
      rule(`r${r}`, 'pattern', {
        pattern: Array.from({ length: 20 }, (_, i) => `\\b(?:${WORDS[r * 20 + i]}|${WORDS[r * 20 + i + 1]})\\w*\\b`),
      }),
    );
  }
  const requires = Math.floor(caps.requirePhrases / 200);
  for (let r = 0; r < requires; r++)
    rules.push(rule(`q${r}`, 'require', { element: 'next-step', phrases: Array.from({ length: 200 }, phrase) }));
  while (rules.length < caps.rules)
    rules.push(rule(`t${rules.length}`, 'metric', { metric: 'sentence-length', max: 40 }));
  const pack = { id: 'largest', name: 'Largest pack the caps allow', version: '1.0.0', language: 'en', rules };
  return JSON.stringify(pack);
}

/** Median ms of one-letter edits at random places of a draft, with a warm analyzer. */
function perKeystroke(analyzer, draft) {
  const random = createRandom(draft.length);
  let text = draft;
  analyzer.analyze(text);
  const times = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const letters = [...text.matchAll(/\p{L}/gu)];
    const at = letters[Math.floor(random() * letters.length)].index;
    text = `${text.slice(0, at)}${String.fromCharCode(97 + Math.floor(random() * 26))}${text.slice(at + 1)}`;
    const t0 = performance.now();
    analyzer.analyze(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], p95: times[Math.floor(times.length * 0.95)] };
}

export function benchLimits({ createAnalyzer, BUILTIN_PACKS, loadPack, PACK_CAPS, MAX_PACK_CHARS }) {
  const caps = { ...PACK_CAPS, rules: 300 };
  const text = largestPack(caps);
  if (text.length > MAX_PACK_CHARS)
    throw new Error(`the largest pack is ${text.length} characters, over the ${MAX_PACK_CHARS} cap`);
  const loaded = loadPack(text, 'largest.json', { examples: false });
  if (!loaded.ok)
    throw new Error(
      `the largest pack is refused: ${loaded.issues
        .slice(0, 3)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
    );
  const t0 = performance.now();
  const analyzer = createAnalyzer([...BUILTIN_PACKS, loaded.pack]);
  const compileMs = performance.now() - t0;
  const draft = generateCorpus(1000, 424_242);
  const largest = perKeystroke(analyzer, draft);
  // the same pack without its match rules: what the caps bound apart from compromise's parse of each changed sentence
  const noMatch = loadPack(largestPack({ ...caps, matchPatterns: 0 }), 'largest.json', { examples: false });
  const withoutMatch = noMatch.ok ? perKeystroke(createAnalyzer([...BUILTIN_PACKS, noMatch.pack]), draft) : undefined;
  const builtin = perKeystroke(createAnalyzer(BUILTIN_PACKS), draft);

  const clause = 'and then we looked into the order again and you failed to attach the receipt ';
  const runOn2k = perKeystroke(
    createAnalyzer(BUILTIN_PACKS),
    clause.repeat(Math.ceil(2048 / clause.length)).slice(0, 2048),
  );
  const huge = clause.repeat(Math.ceil(160_000 / clause.length)).slice(0, 160_000);
  const t1 = performance.now();
  createAnalyzer(BUILTIN_PACKS).analyze(huge);
  const hugeMs = performance.now() - t1;
  return {
    packChars: text.length,
    rules: loaded.pack.rules.length,
    compileMs,
    largest,
    withoutMatch,
    builtin,
    runOn2k,
    hugeMs,
  };
}

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

export function printLimits(r) {
  console.log(`\nLimits: per-keystroke cost (one-letter edit, 1,000-word draft, median / p95 of ${KEYSTROKES}, ms)`);
  console.log(
    `  built-in packs                        ${fmt(r.builtin.median).padStart(7)} ${fmt(r.builtin.p95).padStart(7)}`,
  );
  console.log(
    `  + the largest pack the caps allow     ${fmt(r.largest.median).padStart(7)} ${fmt(r.largest.p95).padStart(7)}   (${r.rules} rules, ${Math.round(r.packChars / 1024)} KB; compiled in ${fmt(r.compileMs)} ms)`,
  );
  if (r.withoutMatch)
    console.log(
      `    the same without its match rules    ${fmt(r.withoutMatch.median).padStart(7)} ${fmt(r.withoutMatch.p95).padStart(7)}   (the rest is compromise's parse of the changed sentence)`,
    );
  console.log(
    `  a 2 KB run-on sentence (built-in)     ${fmt(r.runOn2k.median).padStart(7)} ${fmt(r.runOn2k.p95).padStart(7)}`,
  );
  console.log(`  160 KB with no sentence end, once     ${fmt(r.hugeMs).padStart(7)}`);
}

export function limitsTargets(r) {
  const check = (ok) => (ok ? 'PASS' : 'FAIL');
  return [
    `${check(r.largest.median < TARGET_MS)} keystroke with the largest pack the caps allow under ${TARGET_MS} ms (${fmt(r.largest.median)} ms)`,
    `${check(r.runOn2k.median < TARGET_MS)} keystroke in a 2 KB run-on sentence under ${TARGET_MS} ms (${fmt(r.runOn2k.median)} ms)`,
    `${check(r.hugeMs < 5000)} 160 KB without a sentence end analysed under 5 s (${fmt(r.hugeMs)} ms)`,
  ];
}
