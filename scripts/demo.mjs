/**
 * `npm run demo`: builds the extension, serves the demo helpdesk reply page (the ProseMirror fixture, an
 * Intercom-like ticket) on 127.0.0.1 and opens Debian's Chromium with Empathy Coach loaded.
 *
 *   npm run demo                      with a display: a Chromium window to type in; close it to quit
 *   npm run demo -- --headless        (or no display) types a sample reply, saves demo.png, prints the findings
 *   npm run demo -- --update-docs     also copies the screenshot to docs/demo.png (the README's)
 */
/* global chrome -- the extension service worker's API, used inside worker.evaluate() */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs, enableSites, withGrantedHosts } from '../tests/e2e/chromium.mjs';
import { serveFixtures } from '../tests/e2e/fixtures/server.mjs';
import { buildExtension } from './build-extension.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const VIEWPORT = { width: 1280, height: 800 };
// A reply to Dana (double-charged, two emails unanswered, frustrated) that trips several coached phrases.
const SAMPLE_REPLY = [
  'Hi Dana,',
  '',
  "Per my last email, you failed to attach the invoice, so tier 2 can't check it. Just send it again!!",
  '',
  'Unfortunately refunds take 5-7 business days.',
  '',
  'Thanks',
];
// The underline to open a popover on first; another one if its popover would hide other underlines or the badge.
const CLICK_RULE = 'core/unfortunately';

const USAGE = `usage: npm run demo [-- --headless] [-- --update-docs]
  --headless      type a sample reply, save demo.png and print the findings (the default without a display)
  --update-docs   also copy the screenshot to docs/demo.png`;

class DemoError extends Error {}

const args = process.argv.slice(2);
for (const arg of args) {
  if (!['--headless', '--update-docs', '--help', '-h'].includes(arg)) fail(`unknown option ${arg}\n${USAGE}`, 2);
}
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = args.includes('--headless') || !hasDisplay;
const updateDocs = args.includes('--update-docs');

/** Resources to release, last first, however the demo ends. */
const cleanups = [];
let cleaningUp = null;
function cleanUp() {
  cleaningUp ??= (async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  })();
  return cleaningUp;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));
}

try {
  await main();
  await cleanUp();
  process.exit(0);
} catch (error) {
  await cleanUp();
  fail(error instanceof DemoError ? error.message : (error?.stack ?? String(error)));
}

async function main() {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new DemoError(
      `no Chromium at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`,
    );
  }
  await buildQuietly();

  const fixtures = await serveFixtures({ only: ['prosemirror'] }).catch((error) => {
    throw new DemoError(`could not build the demo page (${error.message}): run "npm install" and try again`);
  });
  cleanups.push(() => fixtures.close());
  const url = fixtures.url('prosemirror');

  const profile = mkdtempSync(join(tmpdir(), 'empathy-coach-demo-'));
  cleanups.push(async () => rmSync(profile, { recursive: true, force: true }));
  // the demo page is on 127.0.0.1, a site an agent enables from the popup (its permission granted up front here)
  const extension = withGrantedHosts(EXTENSION_DIR, ['*://127.0.0.1/*']);
  cleanups.push(async () => rmSync(extension, { recursive: true, force: true }));
  const context = await chromium
    .launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless,
      args: [
        ...chromiumArgs(extension),
        ...(headless ? [] : [`--window-size=${VIEWPORT.width},${VIEWPORT.height + 100}`]),
      ],
      viewport: headless ? VIEWPORT : null,
    })
    .catch((error) => {
      const hint = headless ? '' : '\n(no usable display? run "npm run demo -- --headless")';
      throw new DemoError(`Chromium did not start: ${error.message.split('\n')[0]}${hint}`);
    });
  cleanups.push(() => context.close());
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
      throw new DemoError(
        `the extension did not start from ${EXTENSION_DIR}: run "npm run build" and check its output`,
      );
    }));

  await enableSites(worker, ['127.0.0.1']);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.evaluate(() => window.fixture.ready);

  if (!headless) {
    console.log(`Demo page: ${url}`);
    console.log('Chromium is open with Empathy Coach loaded: type a reply; close the window to quit.');
    await new Promise((done) => context.once('close', done));
    return;
  }

  await typeReply(page);
  const underlines = await waitForUnderlines(page);
  const target = await openPopover(page, underlines);
  await page.waitForTimeout(300);

  const shot = resolve('demo.png');
  await page.screenshot({ path: shot });
  console.log(`Screenshot: ${shot} (popover open on ${target.rule})`);
  if (updateDocs) {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    copyFileSync(shot, join(ROOT, 'docs/demo.png'));
    console.log(`Copied to ${join(ROOT, 'docs/demo.png')}`);
  }

  const report = await getReport(worker);
  if (report) printReport(report);
  else printUnderlines(underlines);
}

/** `wxt build`, quietly: one line on success, its whole output on failure. */
async function buildQuietly() {
  process.stdout.write('Building the extension (wxt build)… ');
  try {
    const ms = await buildExtension();
    console.log(`done in ${(ms / 1000).toFixed(1)} s (${EXTENSION_DIR})`);
  } catch {
    console.log('failed');
    throw new DemoError(
      'the extension did not build: fix the errors above (or run "npm install"), then run "npm run demo" again',
    );
  }
}

/** Clicks the composer and types the sample reply key by key, Enter between lines. */
async function typeReply(page) {
  const editable = await page.evaluateHandle(() => window.fixture.editable());
  await editable.asElement().click();
  for (const [index, line] of SAMPLE_REPLY.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line, { delay: 5 });
  }
}

/** The overlay's underlines once they stop changing (the content script coaches after a short pause). */
async function waitForUnderlines(page) {
  const read = () =>
    page.evaluate(() =>
      [
        ...(document.querySelector('empathy-coach')?.shadowRoot?.querySelectorAll('[data-finding][data-rule]') ?? []),
      ].map((el) => {
        const r = el.getBoundingClientRect();
        return { id: el.dataset.finding, rule: el.dataset.rule, x: r.x, y: r.y, width: r.width, height: r.height };
      }),
    );
  const deadline = Date.now() + 10_000;
  let previous = '';
  for (;;) {
    const underlines = await read();
    const key = JSON.stringify(underlines);
    if (underlines.length > 0 && key === previous) return underlines;
    if (Date.now() > deadline) {
      if (underlines.length > 0) return underlines;
      throw new DemoError(
        'no underlines appeared: the content script did not coach the composer (is .output/chrome-mv3 a fresh build?)',
      );
    }
    previous = key;
    await page.waitForTimeout(250);
  }
}

/**
 * Opens the popover of CLICK_RULE's first underline, or of the first underline after it whose popover leaves
 * every other underline and the draft badge in sight (the screenshot should show them all); failing that, the
 * one that hides fewest.
 */
async function openPopover(page, underlines) {
  const candidates = [
    ...underlines.filter((u) => u.rule === CLICK_RULE),
    ...underlines.filter((u) => u.rule !== CLICK_RULE),
  ];
  const popoverBox = () =>
    page.evaluate(() => {
      const dialog = document
        .querySelector('empathy-coach')
        ?.shadowRoot?.querySelector('[role="dialog"][data-popover-for]');
      if (!dialog) return null;
      const r = dialog.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  const badge = await page.evaluate(() => {
    const r = document
      .querySelector('empathy-coach')
      ?.shadowRoot?.querySelector('button[data-badge]')
      ?.getBoundingClientRect();
    return r ? { id: 'badge', x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });
  const avoid = badge ? [...underlines, badge] : underlines;
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  let best = null;
  for (const target of candidates) {
    await page.mouse.click(target.x + Math.min(8, target.width / 2), target.y + target.height / 2);
    const box = await page
      .waitForFunction(
        () => document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[role="dialog"][data-popover-for]'),
        null,
        { timeout: 5_000 },
      )
      .then(popoverBox, () => null);
    if (!box) continue;
    const hidden = avoid.filter((u) => u.id !== target.id && overlaps(u, box)).length;
    if (hidden === 0) return target;
    if (!best || hidden < best.hidden) best = { target, hidden };
    await page.keyboard.press('Escape');
    await page
      .waitForFunction(
        () => !document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[role="dialog"][data-popover-for]'),
        null,
        { timeout: 2_000 },
      )
      .catch(() => undefined);
  }
  if (!best) throw new DemoError('clicking the underlines opened no popover: the overlay did not respond');
  await page.mouse.click(best.target.x + Math.min(8, best.target.width / 2), best.target.y + best.target.height / 2);
  await page.waitForFunction(
    () => document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[role="dialog"][data-popover-for]'),
    null,
    { timeout: 5_000 },
  );
  return best.target;
}

/** The draft's Report, straight from the content script (it answers {kind: 'get-report'}). */
async function getReport(worker) {
  return worker
    .evaluate(async () => {
      // without the "tabs" permission tabs carry no URL: ask every tab, the coached one answers
      const tabs = await chrome.tabs.query({});
      const replies = await Promise.all(
        tabs.map((t) => chrome.tabs.sendMessage(t.id, { kind: 'get-report' }).catch(() => null)),
      );
      return replies.find((r) => r && r.findings?.length) ?? replies.find(Boolean) ?? null;
    })
    .catch(() => null);
}

function printReport(report) {
  const { findings, scores, checklist } = report;
  console.log(`\nFindings (${findings.length}):`);
  const rows = findings.map((f) => [
    f.rule,
    f.start === f.end ? '(missing)' : JSON.stringify(f.text),
    f.suggestions.length ? `→ ${f.suggestions.map((s) => JSON.stringify(s)).join(' | ')}` : '',
  ]);
  const widths = [0, 1].map((col) => Math.max(...rows.map((row) => row[col].length)));
  for (const row of rows)
    console.log(`  ${row[0].padEnd(widths[0])}  ${row[1].padEnd(widths[1])}  ${row[2]}`.trimEnd());
  const signals = scores.signals.map((s) => `${s.delta > 0 ? '+' : '−'}${Math.abs(s.delta)} ${s.label}`).join(', ');
  console.log(
    `\nEmpathy ${scores.empathy}/100 · tone ${scores.tone.toFixed(2)} (−1 harsh … 1 warm) · ${report.words} words`,
  );
  if (signals) console.log(`  ${signals}`);
  if (report.customer) console.log(`Customer reads as ${report.customer.emotion}`);
  console.log('\nChecklist:');
  for (const item of checklist) console.log(`  ${item.present ? '✓' : '✗'} ${item.label}`);
}

function printUnderlines(underlines) {
  console.log(`\nUnderlines (${underlines.length}; the extension gave no report):`);
  for (const u of underlines) console.log(`  ${u.rule}`);
}

function fail(message, code = 1) {
  console.error(`demo: ${message}`);
  process.exit(code);
}
