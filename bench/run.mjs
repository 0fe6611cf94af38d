/**
 * `npm run bench`: how fast Empathy Coach analyses a reply, next to three well-known prose linters run as peers
 * on the same texts (write-good, alex, harper.js), plus how fast it re-analyses a draft after one keystroke, and
 * what the extension costs typing in Chromium (bench/typing.mjs), and what it costs a page before the agent writes
 * and how soon it coaches once they do (bench/pageload.mjs).
 *
 * Honesty rules this file keeps:
 * - Every timed run gets a text no tool has seen before (a new seed of the corpus), so no tool profits from a
 *   cache of an earlier run. Ours also gets a brand-new analyzer each run (built outside the timer), so "full"
 *   is a cold-cache analysis. A second row, "no cache", turns the sentence cache off entirely, so sentences that
 *   repeat inside one text (sign-offs, greetings) are analysed again too.
 * - Tools take turns within each round in a shuffled order, so CPU frequency drift and GC pauses for garbage
 *   left by the previous tool fall on every tool alike, not on whoever always runs after the heaviest tool.
 * - One-off costs (loading, harper's WebAssembly setup, building our analyzer) are reported apart from runs.
 * - The incremental edit is checked to change exactly one sentence into a sentence never analysed before.
 *
 * The peers check different things than we do (style, inclusive language, grammar), so the ratios say how our
 * cost compares with tools people already run as they type, not that the tools are interchangeable.
 *
 * Nothing is written into the repo: the engine bundle goes to a temp dir that is removed at the end (the typing
 * bench builds the extension into .output/, as `npm run build` does).
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { yamlPacksEsbuild } from '../scripts/yaml-plugin.mjs';
import { countWords, createRandom, generateCorpus } from './corpus.mjs';
import { benchLanguageTyping, languageTypingTargets, printLanguageTyping } from './languages/typing-cost.mjs';
import { benchLimits, limitsTargets, printLimits } from './limits.mjs';
import { benchPageLoad, pageLoadTargets, printPageLoad } from './pageload.mjs';
import { benchPairs, printPairs } from './pairs.mjs';
import { benchTyping, printTyping, typingTargets } from './typing.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

// Runs per size: enough for a stable median, few enough that the 10,000-word runs (harper.js takes over a
// second each) keep the whole bench near a minute on a laptop and well under three on a 2-core CI box.
// Odd counts so the median is a real run.
const SIZES = [
  { words: 100, runs: 61 },
  { words: 1000, runs: 41 },
  { words: 10000, runs: 15 },
];
const WARMUP_RUNS = 5;
const INCREMENTAL_RUNS = 301;
const INCREMENTAL_WORDS = 1000;

/**
 * Every text has its own seed, fixed so runs stay comparable: texts of one size, and warm-up, timed and
 * incremental texts, never share a seed (two seeds only share a sentence by chance, as real replies do).
 */
const seedFor = (words, purpose, i = 0) =>
  words * 10_000 + { warmup: 0, timed: 1_000, incremental: 2_000 }[purpose] + i;

const ENGINE_ENTRY = `
export { createAnalyzer, createMultilingualAnalyzer, detectorRunCount, splitSentences } from './src/engine';
export { BUILTIN_PACKS } from './src/packs/builtin';
export { loadPack, MAX_PACK_CHARS, PACK_CAPS } from './src/packs';
`;

const PEER_ENTRIES = {
  'write-good': "export { default } from 'write-good';",
  alex: "export { text } from 'alex';",
  'harper.js': "export { LocalLinter } from 'harper.js'; export { binaryInlined } from 'harper.js/binaryInlined';",
};

const ms = (t0) => performance.now() - t0;

/** The full analysis against the peers and the incremental re-analysis (`npm run bench -- --analysis` alone). */
async function benchAnalysis(engine) {
  const tools = await loadTools(engine);
  printVersions(tools);
  printSetup(tools);
  const full = await benchFull(tools, engine.splitSentences);
  printFullTable(tools, full);
  const incremental = benchIncremental(engine);
  printIncremental(incremental, full);
  return { full, incremental };
}

async function main() {
  const started = performance.now();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'empathy-bench-'));
  try {
    printMachine();
    // `npm run bench -- --pairs`: the batch-mode section alone
    if (process.argv.includes('--pairs')) {
      printPairs(await benchPairs(tmp));
      return;
    }
    const engine = await loadEngine(tmp);
    if (process.argv.includes('--limits')) {
      // `npm run bench -- --limits`: the caps' figures alone, in seconds instead of minutes
      const limits = benchLimits(engine);
      printLimits(limits);
      for (const line of limitsTargets(limits)) console.log(`  ${line}`);
      return;
    }
    if (process.argv.includes('--languages')) {
      // `npm run bench -- --languages`: what language detection costs a keystroke, alone
      const languages = benchLanguageTyping(engine);
      printLanguageTyping(languages);
      for (const line of languageTypingTargets(languages)) console.log(`  ${line}`);
      return;
    }
    const { full, incremental } = await benchAnalysis(engine);
    if (process.argv.includes('--analysis')) return;
    const languages = benchLanguageTyping(engine);
    printLanguageTyping(languages);
    const limits = benchLimits(engine);
    printLimits(limits);
    printPairs(await benchPairs(tmp));
    const typing = await benchTyping();
    printTyping(typing);
    // the typing bench built the extension just now
    const pageLoad = await benchPageLoad({ build: false });
    printPageLoad(pageLoad);
    printTargets(full, incremental, typing, limits, pageLoad, languages);
    await printSizes();
    console.log(`\nBench took ${(ms(started) / 1000).toFixed(1)} s.`);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Loading

/** The rules are YAML read at build time, so the engine can only run bundled with the yaml plugin. */
async function loadEngine(tmp) {
  const outfile = path.join(tmp, 'engine.mjs');
  const t0 = performance.now();
  await build({
    stdin: { contents: ENGINE_ENTRY, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-engine-entry.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    plugins: [yamlPacksEsbuild()],
    // the pack loader's yaml is CommonJS: its require() of Node built-ins needs a real require in ESM
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // sentiment's dynamic require of its language folder can't be bundled and isn't used (see afinn.ts)
    logLevel: 'error',
  });
  const bundleMs = ms(t0);
  const t1 = performance.now();
  const engine = await import(pathToFileURL(outfile).href);
  return { ...engine, bundleMs, importMs: ms(t1) };
}

async function timedImport(specifier) {
  const t0 = performance.now();
  const mod = await import(specifier);
  return { mod, importMs: ms(t0) };
}

/**
 * Each tool: `prepare()` runs outside the timer before every run (our fresh analyzer), `run(text)` is timed and
 * returns the findings, whose count is printed so a tool that silently did nothing would show.
 */
async function loadTools(engine) {
  const { createAnalyzer, BUILTIN_PACKS } = engine;
  const t0 = performance.now();
  createAnalyzer(BUILTIN_PACKS);
  const analyzerMs = ms(t0);
  const ours = {
    name: 'ours',
    package: 'empathy-coach',
    version: await packageVersion('.'),
    setup: { 'bundle (esbuild)': engine.bundleMs, import: engine.importMs, 'first createAnalyzer': analyzerMs },
    prepare: () => createAnalyzer(BUILTIN_PACKS),
    run: (text, analyzer) => analyzer.analyze(text).findings,
  };
  const oursNoCache = {
    ...ours,
    name: 'ours, no cache',
    package: undefined,
    setup: undefined,
    // cacheSize 0 evicts each sentence as soon as it is stored, so repeats inside a text are re-analysed
    prepare: () => createAnalyzer(BUILTIN_PACKS, { cacheSize: 0 }),
  };
  return [ours, oursNoCache, await loadWriteGood(), await loadAlex(), await loadHarper()];
}

async function loadWriteGood() {
  const { mod, importMs } = await timedImport('write-good');
  return {
    name: 'write-good',
    package: 'write-good',
    version: await packageVersion('node_modules/write-good'),
    setup: { import: importMs },
    run: (text) => mod.default(text),
  };
}

/** alex's `text()` is the plain-text entry (its default export parses markdown first); it is synchronous. */
async function loadAlex() {
  const { mod, importMs } = await timedImport('alex');
  return {
    name: 'alex',
    package: 'alex',
    version: await packageVersion('node_modules/alex'),
    setup: { import: importMs },
    run: (text) => mod.text(text).messages,
  };
}

/** LocalLinter runs the WebAssembly on this thread, like our analyzer; the inlined binary needs no file access. */
async function loadHarper() {
  const t0 = performance.now();
  const [{ LocalLinter }, { binaryInlined }] = await Promise.all([
    import('harper.js'),
    import('harper.js/binaryInlined'),
  ]);
  const importMs = ms(t0);
  const t1 = performance.now();
  const linter = new LocalLinter({ binary: binaryInlined });
  await linter.setup();
  const setupMs = ms(t1);
  const options = { language: 'plaintext' };
  const t2 = performance.now();
  await linter.lint('Hi there, this is the first lint.', options);
  return {
    name: 'harper.js',
    package: 'harper.js',
    version: await packageVersion('node_modules/harper.js'),
    setup: { import: importMs, 'setup()': setupMs, 'first lint': ms(t2) },
    run: (text) => linter.lint(text, options),
  };
}

/** Read from disk: harper.js's `exports` don't expose its package.json to import(). */
async function packageVersion(dir) {
  return JSON.parse(await readFile(path.join(ROOT, dir, 'package.json'), 'utf8')).version;
}

// ---------------------------------------------------------------------------------------------------------------
// Full analysis

/**
 * Times one run; `prepare` stays outside the measured span. No forced gc() between runs: a full collection
 * before every run ages compiled code far faster than real use does (V8 flushes bytecode and regexp code of
 * functions idle across collections), which slowed ours and alex by 2–10× in a trial: a different benchmark.
 */
async function timeRun(tool, text) {
  const state = tool.prepare?.();
  const t0 = performance.now();
  const result = tool.run(text, state);
  const elapsed = ms(t0);
  if (typeof result?.then !== 'function') return { elapsed, findings: result.length };
  // harper's lint is async only in signature; the work happens before the promise settles
  const settled = await result;
  return { elapsed: ms(t0), findings: settled.length };
}

function corpusTexts(words, purpose, count) {
  return Array.from({ length: count }, (_, i) => generateCorpus(words, seedFor(words, purpose, i)));
}

/** Per size: `median` and `findings` keyed by tool name, plus what the texts were like. */
async function benchFull(tools, splitSentences) {
  const results = [];
  for (const { words, runs } of SIZES) {
    const texts = corpusTexts(words, 'timed', runs);
    await rounds(tools, corpusTexts(words, 'warmup', WARMUP_RUNS));
    results.push({ words, runs, ...(await rounds(tools, texts)), ...describeTexts(texts, splitSentences) });
    process.stderr.write(`  timed ${words} words\n`);
  }
  return results;
}

/** Distinct sentences show how much our per-sentence cache could help inside one text. */
function describeTexts(texts, splitSentences) {
  const distinct = texts.map((text) => {
    const sentences = splitSentences(text).map((s) => s.text);
    return new Set(sentences).size / sentences.length;
  });
  return { actualWords: median(texts.map(countWords)), distinct: median(distinct) };
}

/** Every tool analyses every text, one round per text, in a new shuffled order each round. */
async function rounds(tools, texts) {
  const elapsed = new Map(tools.map((t) => [t.name, []]));
  const findings = new Map(tools.map((t) => [t.name, []]));
  const random = createRandom(texts.length);
  for (const text of texts) {
    for (const tool of shuffle([...tools], random)) {
      const run = await timeRun(tool, text);
      elapsed.get(tool.name).push(run.elapsed);
      findings.get(tool.name).push(run.findings);
    }
  }
  const medians = (runs) => Object.fromEntries([...runs].map(([name, values]) => [name, median(values)]));
  return { median: medians(elapsed), findings: medians(findings) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Incremental re-analysis

/**
 * A warm analyzer re-analyses a 1,000-word draft after each single-letter edit. Edits accumulate, each at a
 * letter position not edited before, so every run has exactly one sentence whose text is new — as when an
 * agent types — and that is checked rather than assumed.
 */
function benchIncremental({ createAnalyzer, BUILTIN_PACKS, splitSentences }) {
  const analyzer = createAnalyzer(BUILTIN_PACKS);
  const editor = createEditor(
    generateCorpus(INCREMENTAL_WORDS, seedFor(INCREMENTAL_WORDS, 'incremental')),
    splitSentences,
  );
  analyzer.analyze(editor.text);
  for (let i = 0; i < WARMUP_RUNS; i++) analyzer.analyze(editor.nextEdit());
  const before = analyzer.stats?.();
  const edit = timeAnalyses(analyzer, () => editor.nextEdit());
  assertOneSentencePerEdit(before, analyzer.stats?.());
  // The same draft again: every sentence cached, so this is the per-draft floor an edit can't go below.
  const unchanged = timeAnalyses(analyzer, () => editor.text);
  return { runs: INCREMENTAL_RUNS, edit, unchanged, words: countWords(editor.text) };
}

/** The engine's own counters agree with the editor: each edit sent exactly one new sentence through the rules. */
function assertOneSentencePerEdit(before, after) {
  if (!before || !after) return; // an engine without stats(): the editor's check stands alone
  const analysed = after.analysed - before.analysed;
  if (analysed !== INCREMENTAL_RUNS)
    throw new Error(`${INCREMENTAL_RUNS} edits analysed ${analysed} sentences, expected one each`);
}

function timeAnalyses(analyzer, nextText) {
  const times = [];
  for (let i = 0; i < INCREMENTAL_RUNS; i++) {
    const text = nextText();
    const t0 = performance.now();
    analyzer.analyze(text);
    times.push(ms(t0));
  }
  return median(times);
}

/** Yields the draft with one more letter changed; skips a position whose edit would not be a one-sentence edit. */
function createEditor(draft, splitSentences) {
  const random = createRandom(draft.length);
  const positions = shuffle(
    [...draft.matchAll(/\p{L}/gu)].map((m) => m.index),
    random,
  );
  const seen = new Set(splitSentences(draft).map((s) => s.text));
  let text = draft;
  return {
    get text() {
      return text;
    },
    nextEdit() {
      while (positions.length) {
        const p = positions.pop();
        const edited = text.slice(0, p) + otherLetter(text[p], random) + text.slice(p + 1);
        const changed = changedSentence(text, edited, splitSentences);
        if (!changed || seen.has(changed)) continue;
        seen.add(changed);
        text = edited;
        return text;
      }
      throw new Error('ran out of letters to edit');
    },
  };
}

/** The one sentence that differs between two drafts, or undefined if the edit moved sentence boundaries. */
function changedSentence(before, after, splitSentences) {
  const a = splitSentences(before);
  const b = splitSentences(after);
  if (a.length !== b.length) return undefined;
  const diffs = b.filter((s, i) => s.text !== a[i].text || s.start !== a[i].start);
  return diffs.length === 1 ? diffs[0].text : undefined;
}

function otherLetter(c, random) {
  const lower = c.toLowerCase();
  let next = lower;
  while (next === lower) next = String.fromCharCode(97 + Math.floor(random() * 26));
  return c === lower ? next : next.toUpperCase();
}

function shuffle(list, random) {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j], list[i]];
  }
  return list;
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function printMachine() {
  const cpus = os.cpus();
  console.log('Empathy Coach benchmark');
  console.log(
    `Node ${process.version} on ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
  );
}

function printVersions(tools) {
  const packages = tools.filter((t) => t.package).map((t) => `${t.package} ${t.version}`);
  console.log(`Versions: ${packages.join(', ')}`);
}

function printSetup(tools) {
  console.log('\nOne-off costs (ms, not in the timings below)');
  for (const tool of tools.filter((t) => t.setup)) {
    const parts = Object.entries(tool.setup).map(([what, t]) => `${what} ${fmt(t)}`);
    console.log(`  ${tool.name.padEnd(16)}${parts.join(', ')}`);
  }
}

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const percent = (share) => `${(share * 100).toFixed(1)}%`;
const COLUMN = 30;

function printFullTable(tools, full) {
  console.log(
    '\nFull analysis: median ms per text; ratio = ours ÷ tool (< 1: ours is faster); findings = median count',
  );
  console.log('(a new, unseen text every run; ours with a new analyzer every run, i.e. a cold sentence cache)\n');
  printRow(
    '',
    full.map((s) => `${s.words.toLocaleString('en')} words (${s.runs} runs)`),
  );
  printRow(
    '',
    full.map(() => 'median    ratio   findings'),
  );
  for (const { name } of tools) {
    printRow(
      name,
      full.map((s) => {
        const ratio = name === 'ours' ? '—' : (s.median.ours / s.median[name]).toFixed(2);
        return `${fmt(s.median[name]).padStart(6)}  ${ratio.padStart(7)}  ${String(s.findings[name]).padStart(9)}`;
      }),
    );
  }
  printRow(
    'words',
    full.map((s) => String(s.actualWords).padStart(6)),
  );
  printRow(
    'distinct sent.',
    full.map((s) => percent(s.distinct).padStart(6)),
  );
}

function printRow(label, cells) {
  console.log(`${label.padEnd(17)}${cells.map((c) => c.padEnd(COLUMN)).join('')}`.trimEnd());
}

function printIncremental({ words, runs, edit, unchanged }, full) {
  const fullMs = fullAt(full, INCREMENTAL_WORDS).median.ours;
  console.log(
    `\nIncremental: warm analyzer, ${words}-word draft, median of ${runs} runs (ms, and % of our full analysis)`,
  );
  console.log(`  one-letter edit      ${fmt(edit).padStart(6)}  ${percent(edit / fullMs).padStart(6)}`);
  console.log(
    `  unchanged draft      ${fmt(unchanged).padStart(6)}  ${percent(unchanged / fullMs).padStart(6)}   (every sentence cached: the per-draft floor)`,
  );
}

const fullAt = (full, words) => full.find((s) => s.words === words);

function printTargets(full, incremental, typing, limits, pageLoad, languages) {
  const { median } = fullAt(full, 1000);
  const check = (ok) => (ok ? 'PASS' : 'FAIL');
  const vs = (peer) =>
    `${check(median.ours < median[peer])} full 1,000 words faster than ${peer} (ratio ${(median.ours / median[peer]).toFixed(2)})`;
  const share = incremental.edit / fullAt(full, INCREMENTAL_WORDS).median.ours;
  console.log('\nTargets');
  console.log(`  ${vs('harper.js')}`);
  console.log(`  ${vs('alex')}`);
  console.log(`  ${check(share < 0.05)} incremental edit under 5% of full (${percent(share)})`);
  for (const line of languageTypingTargets(languages)) console.log(`  ${line}`);
  for (const line of typingTargets(typing)) console.log(`  ${line}`);
  for (const line of limitsTargets(limits)) console.log(`  ${line}`);
  for (const line of pageLoadTargets(pageLoad)) console.log(`  ${line}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Sizes

/** Minified bundles (what a browser extension would ship) and the installed footprint with dependencies. */
async function printSizes() {
  console.log('\nSize: minified esbuild bundle (gzip) / installed on disk with dependencies');
  const ours = await minifiedBytes({ contents: ENGINE_ENTRY, loader: 'ts' }, [yamlPacksEsbuild()]);
  const parts = ours.largest.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ');
  console.log(`  ${'ours (engine)'.padEnd(16)}${kb(ours.raw)} (${kb(ours.gzip)}); largest parts: ${parts}`);
  for (const [name, contents] of Object.entries(PEER_ENTRIES)) {
    const bundle = await minifiedBytes({ contents, loader: 'js' });
    const installed = await installedBytes(name);
    console.log(
      `  ${name.padEnd(16)}${kb(bundle.raw)} (${kb(bundle.gzip)}) / ${kb(installed.bytes)} in ${installed.packages} packages`,
    );
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function minifiedBytes(stdin, plugins = []) {
  const result = await build({
    stdin: { ...stdin, resolveDir: ROOT },
    bundle: true,
    platform: 'node',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    plugins,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code).length, largest: largestPackages(result.metafile) };
}

/** Output bytes per npm package (or per folder of ours), largest first. */
function largestPackages(metafile, count = 4) {
  const bytes = new Map();
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.dirname(file);
      bytes.set(name, (bytes.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...bytes].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** Walks `dependencies` the way Node resolves them (nearest node_modules upwards) and adds up the folders. */
async function installedBytes(name) {
  const dirs = new Set();
  const visit = async (pkg, fromDir) => {
    const dir = await resolvePackageDir(pkg, fromDir);
    if (!dir || dirs.has(dir)) return;
    dirs.add(dir);
    const { dependencies = {} } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    for (const dep of Object.keys(dependencies)) await visit(dep, dir);
  };
  await visit(name, ROOT);
  let bytes = 0;
  for (const dir of dirs) bytes += await folderBytes(dir, dirs);
  return { bytes, packages: dirs.size };
}

async function resolvePackageDir(pkg, fromDir) {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', pkg);
    if (await exists(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

const exists = (file) =>
  stat(file).then(
    () => true,
    () => false,
  );

/** A package's files, not counting packages nested in its own node_modules (those are counted on their own). */
async function folderBytes(dir, packageDirs) {
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !packageDirs.has(full)) bytes += await folderBytes(full, packageDirs);
    } else if (entry.isFile()) bytes += (await stat(full)).size;
  }
  return bytes;
}

await main();
