/**
 * What the extension costs a page before the agent writes, and how soon it coaches once they do (issue 17).
 *
 * - Page load: a helpdesk ticket page (served at a Zendesk address, where the extension's static content script
 *   runs in every frame) with an empty composer, with 0 and 10 small same-origin iframes (two-word widgets).
 *   4 s after `load`, after a forced garbage collection, Chromium's own counters for the page's renderer (CDP
 *   Performance.getMetrics): ScriptDuration (all script run, the page's and the content scripts') and
 *   JSHeapUsedSize (every frame's and world's heap). Medians of 3 fresh browsers per mode, with − without.
 * - First underlines: the ProseMirror fixture (a site the agent enabled), a draft of 150 or 1,000 words set
 *   while nothing is focused, then focused: the time from `focus()` to the first underline drawn, measured in the
 *   page (rAF polling, so up to one frame late), then to the full analysis (the draft badge), and the longest task
 *   in between (a PerformanceObserver for long tasks). Median of 3 fresh browsers per size.
 * - The script every frame runs, gzipped.
 *
 * Both modes launch the same browser with the same flags (tests/e2e/chromium.mjs); which mode opens first
 * alternates per round, so drift in the machine's load falls on both. Run alone: `node bench/pageload.mjs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildExtension, EXTENSION_DIR } from '../scripts/build-extension.mjs';
import { CHROMIUM_PATH, enableSites, launchChromium } from '../tests/e2e/chromium.mjs';
import { serveFixtures } from '../tests/e2e/fixtures/server.mjs';
import { generateCorpus } from './corpus.mjs';

const ROUNDS = Number(process.env.PAGELOAD_ROUNDS ?? 3);
const IFRAMES = [0, 10];
const SETTLE_AFTER_LOAD_MS = 4000;
const DRAFTS = [150, 1000];
const DRAFT_SEED = 171_717;
const TICKET = 'https://acme.zendesk.com/agent/tickets/4821';
/** The content script the manifest runs in every frame (WXT's output path for entrypoints/content). */
const FRAME_SCRIPT = path.join(EXTENSION_DIR, 'content-scripts/content.js');
/** What a frame loads when a field there gets focus: the coach with its first pass, then the full engine. */
const COACH_SCRIPT = path.join(EXTENSION_DIR, 'coach.js');
const ENGINE_SCRIPT = path.join(EXTENSION_DIR, 'coach-engine.js');

export const PAGE_LOAD_TARGETS = {
  pageScriptMs: 100,
  pageHeapMB: 4,
  iframeScriptMs: 10,
  iframeHeapMB: 1,
  underline150Ms: 150,
  underline1000Ms: 300,
  frameScriptGzipKB: 30,
  longTaskMs: 50,
};

/** Builds the extension unless told it is built, then measures. Returns `{ skipped }` without a browser. */
export async function benchPageLoad({ build = true } = {}) {
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH}` };
  if (build) await buildExtension();
  const load = [];
  for (const iframes of IFRAMES) {
    const runs = { without: [], with: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const withExtension of round % 2 ? [true, false] : [false, true]) {
        runs[withExtension ? 'with' : 'without'].push(await pageCost(iframes, withExtension));
      }
    }
    const m = (mode, key) => median(runs[mode].map((r) => r[key]));
    load.push({
      iframes,
      without: { scriptMs: m('without', 'scriptMs'), heapMB: m('without', 'heapMB') },
      with: { scriptMs: m('with', 'scriptMs'), heapMB: m('with', 'heapMB') },
      runs,
    });
    process.stderr.write(`  page load measured with ${iframes} iframes\n`);
  }
  for (const row of load)
    row.extra = { scriptMs: row.with.scriptMs - row.without.scriptMs, heapMB: row.with.heapMB - row.without.heapMB };
  const [none, many] = load;
  const perIframe = {
    scriptMs: (many.extra.scriptMs - none.extra.scriptMs) / (many.iframes - none.iframes),
    heapMB: (many.extra.heapMB - none.extra.heapMB) / (many.iframes - none.iframes),
  };
  const underlines = [];
  const fixtures = await serveFixtures({ only: ['prosemirror'] });
  try {
    for (const words of DRAFTS) {
      const runs = [];
      for (let round = 0; round < ROUNDS; round++)
        runs.push(await firstUnderline(fixtures.url('prosemirror'), generateCorpus(words, DRAFT_SEED + round)));
      const times = runs.map((r) => r.underline);
      underlines.push({
        words,
        ms: median(times),
        runs: times,
        fullMs: median(runs.map((r) => r.full)),
        longestTaskMs: median(runs.map((r) => Math.max(0, ...r.longTasks))),
        longTasks: runs.map((r) => r.longTasks),
      });
      process.stderr.write(`  first underlines on ${words} words: ${times.map(Math.round).join(', ')} ms\n`);
    }
  } finally {
    await fixtures.close();
  }
  const gzipKB = (file) => gzipSync(readFileSync(file)).length / 1024;
  const frameScriptGzipKB = gzipKB(FRAME_SCRIPT);
  const coachGzipKB = { coach: gzipKB(COACH_SCRIPT), engine: gzipKB(ENGINE_SCRIPT) };
  return { load, perIframe, underlines, frameScriptGzipKB, coachGzipKB };
}

const launch = (withExtension, hosts = []) => launchChromium(withExtension ? EXTENSION_DIR : undefined, hosts);

/** The ticket page with `iframes` widgets; ScriptDuration and JSHeapUsedSize 4 s after load, after a GC. */
async function pageCost(iframes, withExtension) {
  const browser = await launch(withExtension);
  try {
    const { context } = browser;
    await context.route('https://acme.zendesk.com/**', (route) => {
      const url = new URL(route.request().url());
      if (url.pathname.startsWith('/widget/'))
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Two words</p>' });
      return route.fulfill({ contentType: 'text/html', body: ticketPage(iframes) });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(TICKET, { waitUntil: 'load' });
    await sleep(SETTLE_AFTER_LOAD_MS);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    const frames = page.frames().length;
    if (frames !== iframes + 1) throw new Error(`page-load bench: ${frames} frames, expected ${iframes + 1}`);
    return { scriptMs: metric('ScriptDuration') * 1000, heapMB: metric('JSHeapUsedSize') / 2 ** 20 };
  } finally {
    await browser.close();
  }
}

function ticketPage(iframes) {
  const widgets = Array.from(
    { length: iframes },
    (_, i) => `<iframe src="/widget/${i}" width="160" height="40"></iframe>`,
  ).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Ticket #4821</title></head><body>
<h1>Refund not received</h1>
<article class="customer-message"><p>Hi, I asked for a refund two weeks ago and still have nothing. This is frustrating.</p></article>
<aside>${widgets}</aside>
<form><label for="reply">Reply</label><textarea id="reply" rows="8" cols="80"></textarea><button type="button">Send</button></form>
</body></html>`;
}

/**
 * A fresh browser, the draft set unfocused, then focused: ms from focus() to the first underline on screen, to the
 * full analysis (the draft badge, which comes with the full engine), and every long task (> 50 ms, the page's own
 * PerformanceObserver, which sees the content scripts' tasks too) from the focus until a second after the badge.
 */
async function firstUnderline(url, draft) {
  const browser = await launch(true, ['*://127.0.0.1/*']);
  try {
    await enableSites(browser.worker, ['127.0.0.1']);
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.evaluate(() => window.fixture.ready);
    await page.evaluate((text) => {
      window.fixture.setText(text);
      document.activeElement?.blur?.();
    }, draft);
    await sleep(1000);
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const longTasks = [];
          const observer = new PerformanceObserver((list) =>
            longTasks.push(...list.getEntries().map((e) => Math.round(e.duration))),
          );
          observer.observe({ type: 'longtask' });
          const started = performance.now();
          window.fixture.editable().focus();
          let underline = Infinity;
          const shadow = () => document.querySelector('empathy-coach')?.shadowRoot;
          const tick = () => {
            const now = performance.now() - started;
            if (underline === Infinity && shadow()?.querySelector('[data-finding]')) underline = now;
            if (shadow()?.querySelector('[data-badge]') || now > 20_000)
              setTimeout(() => {
                observer.disconnect();
                resolve({ underline, full: now, longTasks });
              }, 1000);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    if (!Number.isFinite(result.underline) || result.full > 20_000)
      throw new Error('page-load bench: no underline, or no full analysis, within 20 s of focus');
    return result;
  } finally {
    await browser.close();
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmt = (n) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(1));

export function printPageLoad(result) {
  console.log(
    '\nPage load in Chromium: a helpdesk ticket with an empty composer, 4 s after load (after a GC), medians of 3',
  );
  if (result.skipped) return console.log(`  skipped: ${result.skipped}`);
  console.log('  iframes   script ms without / with (+extra)      JS heap MB without / with (+extra)');
  for (const row of result.load) {
    console.log(
      `  ${String(row.iframes).padStart(7)}   ${fmt(row.without.scriptMs).padStart(6)} / ${fmt(row.with.scriptMs).padStart(6)} (+${fmt(row.extra.scriptMs)})`.padEnd(
        50,
      ) + `${fmt(row.without.heapMB).padStart(6)} / ${fmt(row.with.heapMB).padStart(6)} (+${fmt(row.extra.heapMB)})`,
    );
  }
  const list = (runs, key) => runs.map((r) => fmt(r[key])).join(', ');
  for (const row of result.load)
    console.log(
      `  runs, ${row.iframes} iframes: script with ${list(row.runs.with, 'scriptMs')} / without ${list(row.runs.without, 'scriptMs')}; heap with ${list(row.runs.with, 'heapMB')}`,
    );
  console.log(
    `  each extra iframe: +${fmt(result.perIframe.scriptMs)} ms of script, +${fmt(result.perIframe.heapMB)} MB of heap`,
  );
  console.log('First underlines after focus (ProseMirror, draft set before focus), median of 3 fresh browsers');
  for (const u of result.underlines)
    console.log(
      `  ${String(u.words).padStart(5)} words   ${fmt(u.ms)} ms   (runs: ${u.runs.map(Math.round).join(', ')}); full analysis (badge) ${fmt(u.fullMs)} ms; longest task ${fmt(u.longestTaskMs)} ms (long tasks per run: ${u.longTasks.map((l) => `[${l.join(', ')}]`).join(' ')})`,
    );
  console.log(`The script every frame runs: ${result.frameScriptGzipKB.toFixed(1)} KB gzipped`);
  console.log(
    `Loaded on focus: coach.js ${result.coachGzipKB.coach.toFixed(1)} KB gzipped (first pass), then coach-engine.js ${result.coachGzipKB.engine.toFixed(1)} KB`,
  );
}

export function pageLoadTargets(result) {
  if (result.skipped) return [`SKIP page load (${result.skipped})`];
  const t = PAGE_LOAD_TARGETS;
  const check = (ok) => (ok ? 'PASS' : 'FAIL');
  const [none] = result.load;
  const underline = (words) => result.underlines.find((u) => u.words === words).ms;
  const longest = Math.max(...result.underlines.map((u) => u.longestTaskMs));
  return [
    `${check(none.extra.scriptMs <= t.pageScriptMs && none.extra.heapMB <= t.pageHeapMB)} page before any focus: +${fmt(none.extra.scriptMs)} ms script (≤ ${t.pageScriptMs}), +${fmt(none.extra.heapMB)} MB heap (≤ ${t.pageHeapMB})`,
    `${check(result.perIframe.scriptMs <= t.iframeScriptMs && result.perIframe.heapMB <= t.iframeHeapMB)} each extra iframe: +${fmt(result.perIframe.scriptMs)} ms (≤ ${t.iframeScriptMs}), +${fmt(result.perIframe.heapMB)} MB (≤ ${t.iframeHeapMB})`,
    `${check(underline(150) <= t.underline150Ms)} first underlines, 150 words: ${fmt(underline(150))} ms (≤ ${t.underline150Ms})`,
    `${check(underline(1000) <= t.underline1000Ms)} first underlines, 1,000 words: ${fmt(underline(1000))} ms (≤ ${t.underline1000Ms})`,
    `${check(longest <= t.longTaskMs)} longest task from focus to the full analysis (median of runs, worst size): ${fmt(longest)} ms (≤ ${t.longTaskMs}, design.md)`,
    `${check(result.frameScriptGzipKB <= t.frameScriptGzipKB)} the script every frame runs: ${result.frameScriptGzipKB.toFixed(1)} KB gzipped (≤ ${t.frameScriptGzipKB})`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await benchPageLoad({ build: !process.argv.includes('--no-build') });
  printPageLoad(result);
  console.log('\nTargets');
  for (const line of pageLoadTargets(result)) console.log(`  ${line}`);
}
