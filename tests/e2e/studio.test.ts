/**
 * The pack studio in Chromium, as a trainer uses it: a pack of three rules (a phrase, a glossary swap, a
 * required element) and a scenario built with the keyboard alone, a failing example turning green, the export
 * passing `empathy-coach test`, imported again as the same pack, signed in the page for `empathy-coach verify`;
 * a bad pack showing each error at its field; the agent's packs untouched until the trainer saves; axe-core.
 * UPDATE_DOCS=1 also saves docs/studio.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations } from './axe';
import { EXTENSION_ID, launchWithExtension, type ExtensionBrowser } from './browser';

const PAGE = `chrome-extension://${EXTENSION_ID}/studio.html`;
const CLI = resolve(import.meta.dirname, '../../dist/cli.mjs');
const fid = (path: string) => `#f-${path.replace(/[^a-z0-9]+/gi, '-')}`;

let browser: ExtensionBrowser;
let page: Page;
let dir: string;
const downloads: Download[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'studio-'));
  browser = await launchWithExtension({ grantHosts: [] });
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  page.on('download', (d) => downloads.push(d));
  page.on('dialog', (d) => void d.accept());
  await page.goto(PAGE);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Presses Tab until the focus is on `selector`: everything the trainer does here is reachable from the keyboard. */
async function tabTo(selector: string, max = 500): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached with Tab`);
}
async function typeInto(selector: string, text: string) {
  await tabTo(selector);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}
async function press(selector: string, key = 'Enter') {
  await tabTo(selector);
  await page.keyboard.press(key);
}
/** Chooses a value in a closed select with the arrow keys. */
async function choose(selector: string, value: string) {
  await tabTo(selector);
  const [options, current] = await page.$eval(
    selector,
    (s: HTMLSelectElement) => [[...s.options].map((o) => o.value), s.value] as const,
  );
  const steps = options.indexOf(value) - options.indexOf(current);
  for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
  expect(await page.$eval(selector, (s: HTMLSelectElement) => s.value)).toBe(value);
}
const caseStatus = (path: string) => page.getAttribute(`[data-field="${path}"][data-case-status]`, 'data-case-status');
/** The agent's packs as the background stores them (the items it creates on start count as empty). */
const storedPacks = () =>
  browser.worker.evaluate(async () => {
    const { subscriptions, packStates } = await chrome.storage.local.get(['subscriptions', 'packStates']);
    return JSON.stringify({ list: subscriptions?.list ?? [], states: packStates ?? {} });
  });
/** The files a keyboard action downloads. */
async function downloaded(action: () => Promise<void>, count = 1): Promise<Download[]> {
  const from = downloads.length;
  await action();
  await expect.poll(() => downloads.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(from + count);
  return downloads.slice(from, from + count);
}
const cli = (...args: string[]) => {
  try {
    return { code: 0, out: execFileSync('node', [CLI, ...args], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
};

describe('the pack studio', () => {
  let before: string;
  let exported: string;

  it('builds a pack of three rules and a scenario with the keyboard alone, a failing example turning green', async () => {
    await page.locator('[data-open-copy]').first().waitFor();
    before = await storedPacks();
    await press('[data-action="new-pack"]');
    await typeInto(fid('id'), 'acme');
    await typeInto(fid('name'), 'ACME support');

    // 1. a phrase rule, whose example first fails (the phrase is wrong) and then passes
    await press('[data-action="add-rule"]');
    await typeInto(fid('rules[0].id'), 'no-worries');
    await typeInto(fid('rules[0].phrases[0]'), 'no problem');
    await typeInto(fid('rules[0].message'), '“{text}” can sound offhand.');
    await typeInto(`${fid('rules[0].examples[0]')}-text`, 'No worries, it happens.');
    await typeInto(`${fid('rules[0].examples[0]')}-flags`, 'No worries');
    await typeInto(`${fid('rules[0].allows[0]')}-text`, "I'm not worried.");
    await expect.poll(() => caseStatus('rules[0].examples[0]'), { timeout: 30_000 }).toBe('fail');
    expect(await page.textContent('[data-case="rules[0].examples[0]"]')).toContain(
      'flagged nothing, expected "No worries"',
    );
    await page.keyboard.press('Shift+Tab'); // back through the form, still from the keyboard
    await typeInto(fid('rules[0].phrases[0]'), 'no worries');
    await expect.poll(() => caseStatus('rules[0].examples[0]'), { timeout: 30_000 }).toBe('pass');
    expect(await page.textContent('[data-preview="rules[0]"]')).toContain('“No worries” can sound offhand.');

    // 2. a glossary swap
    await choose(fid('new-rule-kind'), 'swap');
    await press('[data-action="add-rule"]');
    await typeInto(fid('rules[1].id'), 'glossary');
    await choose(fid('rules[1].category'), 'jargon');
    await typeInto('[aria-label="Our word 1"]', 'workspace id');
    await typeInto('[aria-label="Say instead of word 1"]', 'account number');
    await typeInto(fid('rules[1].message'), 'Customers don’t know “{text}”.');
    await typeInto(`${fid('rules[1].examples[0]')}-text`, 'Please send me your workspace ID.');
    await typeInto(`${fid('rules[1].examples[0]')}-flags`, 'workspace ID');
    await typeInto(`${fid('rules[1].allows[0]')}-text`, 'Please send me your account number.');

    // 3. a required element
    await choose(fid('new-rule-kind'), 'require');
    await press('[data-action="add-rule"]');
    await typeInto(fid('rules[2].id'), 'next-step');
    await choose(fid('rules[2].element'), 'next-step');
    await typeInto(fid('rules[2].message'), 'Say what happens next.');
    await typeInto(
      `${fid('rules[2].examples[0]')}-text`,
      'The refund has been processed and should arrive within five days.',
    );
    await typeInto(
      `${fid('rules[2].allows[0]')}-text`,
      "The refund has been processed. I'll email you the confirmation by Friday.",
    );

    // a practice scenario, its model reply checked against its goals
    await press('[data-action="add-scenario"]');
    await typeInto(fid('scenarios[0].id'), 'slow-refund');
    await typeInto(fid('scenarios[0].title'), 'A slow refund');
    await typeInto(fid('scenarios[0].situation'), 'refund');
    await choose(fid('scenarios[0].emotion'), 'frustrated');
    await typeInto(fid('scenarios[0].message'), "I've been waiting two weeks for my refund and it's still not here.");
    for (const element of ['greeting', 'closing']) {
      await tabTo(`[data-field="scenarios[0].goals.elements"] input[type="checkbox"]`);
      while (!(await page.evaluate((e) => document.activeElement?.parentElement?.textContent?.trim() === e, element)))
        await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    await press('[data-add="scenarios[0].goals.rules"]');
    // the new row's input takes the focus once it has rendered: type only then, or the first keys go elsewhere
    await page.waitForFunction(
      () => document.activeElement instanceof HTMLInputElement && document.activeElement.value === '',
    );
    await page.keyboard.type('no-worries');
    await typeInto(fid('scenarios[0].model'), 'Hi Sam,');
    for (const line of [
      '',
      "I'm sorry the refund is taking so long. It reaches your bank by Friday.",
      '',
      'Best,',
      'Ana',
    ]) {
      await page.keyboard.press('Enter');
      await page.keyboard.type(line);
    }
    // the whole pack is checked again after the last keystroke, its scenario scored too: give a loaded machine time
    await expect.poll(() => page.getAttribute('[data-summary]', 'data-summary'), { timeout: 30_000 }).toBe('pass');
    expect(await page.textContent('[data-model-status="scenarios[0]"]')).toContain('meets every goal');
    expect(await storedPacks()).toBe(before);
    if (process.env.UPDATE_DOCS) {
      await page.evaluate(() => document.querySelector('[data-rule-index="0"]')?.scrollIntoView());
      await page.screenshot({ path: resolve(import.meta.dirname, '../../docs/studio.png') });
    }
  });

  it('exports YAML that `empathy-coach test` passes, and JSON', async () => {
    const [yaml] = await downloaded(() => press('[data-action="export-yaml"]'));
    expect(yaml.suggestedFilename()).toBe('acme.yaml');
    await yaml.saveAs(join(dir, 'acme.yaml'));
    exported = readFileSync(join(dir, 'acme.yaml'), 'utf8');
    const result = cli('test', 'acme.yaml');
    expect(result.out).toContain('10 passed, 0 failed');
    expect(result.code).toBe(0);
    const [json] = await downloaded(() => press('[data-action="export-json"]'));
    await json.saveAs(join(dir, 'acme.json'));
    expect(JSON.parse(readFileSync(join(dir, 'acme.json'), 'utf8'))).toEqual(parse(exported));
  });

  it('imports the export as the same pack', async () => {
    const chooser = page.waitForEvent('filechooser');
    await press('[data-action="import"]', 'Space');
    await (await chooser).setFiles(join(dir, 'acme.yaml'));
    await expect
      .poll(() => page.textContent('[data-section="details"] .lead'), { timeout: 30_000 })
      .toContain('the file acme.yaml');
    // the whole pack is checked again after the last keystroke, its scenario scored too: give a loaded machine time
    await expect.poll(() => page.getAttribute('[data-summary]', 'data-summary'), { timeout: 30_000 }).toBe('pass');
    const [again] = await downloaded(() => press('[data-action="export-yaml"]'));
    await again.saveAs(join(dir, 'again.yaml'));
    expect(readFileSync(join(dir, 'again.yaml'), 'utf8')).toBe(exported);
  });

  it('signs the export in the page with a keygen key, for `empathy-coach verify`', async () => {
    expect(cli('keygen', '--out', 'key.pem').code).toBe(0);
    const [yaml, sig] = await downloaded(async () => {
      const chooser = page.waitForEvent('filechooser');
      await press('[data-action="sign"]', 'Space');
      await (await chooser).setFiles(join(dir, 'key.pem'));
    }, 2);
    expect(sig.suggestedFilename()).toBe('acme.yaml.sig');
    mkdirSync(join(dir, 'signed'));
    await yaml.saveAs(join(dir, 'signed/acme.yaml'));
    await sig.saveAs(join(dir, 'signed/acme.yaml.sig'));
    const verified = cli('verify', 'signed/acme.yaml', '--key', 'key.pem.pub');
    expect(verified.out).toContain('signature OK');
    expect(verified.code).toBe(0);
    expect(await page.textContent('#publish-feedback')).toContain('acme.yaml.sig');
  });

  it('changes the agent’s packs only when the trainer saves', async () => {
    expect(await storedPacks()).toBe(before);
    await press('[data-action="save"]');
    await expect
      .poll(() => page.textContent('#publish-feedback'), { timeout: 30_000 })
      .toContain('now coaches your replies');
    const state = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('packStates')).packStates['file:acme'],
    );
    expect(state.active.pack.rules.map((r: { id: string }) => r.id)).toEqual(['no-worries', 'glossary', 'next-step']);
  });

  it('coaches a sample reply with the pack in the overlay agents see, whose card suggests a rule for the agent’s own pack', async () => {
    await typeInto('#try-reply', 'No worries, please send me your workspace ID.');
    const underline = () =>
      page.evaluate(() => {
        const el = document
          .querySelector('empathy-coach')
          ?.shadowRoot?.querySelector<HTMLElement>('[data-finding][data-rule="acme/glossary"]');
        const box = el?.getBoundingClientRect();
        return box ? { x: box.x + Math.min(8, box.width / 2), y: box.y + box.height / 2 } : null;
      });
    await expect.poll(underline, { timeout: 30_000 }).not.toBeNull();
    const { x, y } = (await underline())!;
    await page.mouse.click(x, y);
    const button = (
      await page.evaluateHandle(() =>
        document
          .querySelector('empathy-coach')
          ?.shadowRoot?.querySelector('[data-popover-for] button[data-action="suggest-rule"]'),
      )
    ).asElement();
    expect(button, 'the card’s "Suggest a rule"').not.toBeNull();
    const opened = browser.context.waitForEvent('page');
    await button!.click();
    const studio = await opened;
    await studio.locator('[data-rule-index="3"]').waitFor({ timeout: 30_000 });
    // the agent's own pack (saved above), with a phrase rule for the words; the words are in no address
    expect(await studio.inputValue(fid('id'))).toBe('acme');
    expect(await studio.inputValue(fid('rules[3].phrases[0]'))).toBe('workspace ID');
    expect(studio.url()).toBe(PAGE);
    expect(await browser.worker.evaluate(async () => chrome.storage.session.get(null))).toEqual({});
    await studio.close();
  });

  it('shows every error of a bad pack at its field', async () => {
    const bad = exported
      .replace('id: acme', 'id: Acme')
      .replace('severity: suggestion', 'severity: loud')
      .replace('message: “{text}” can sound offhand.', 'mesage: “{text}” can sound offhand.')
      .replace('kind: swap', 'kind: pattern')
      .replace(/swap:\n\s+workspace id: account number/, 'pattern: "(?<=your )workspace"');
    writeFileSync(join(dir, 'bad.yaml'), bad);
    const saved = await storedPacks();
    const chooser = page.waitForEvent('filechooser');
    await press('[data-action="import"]', 'Space');
    await (await chooser).setFiles(join(dir, 'bad.yaml'));
    const issuesAt = (path: string) => page.locator(`[data-issues-for="${path}"]`).innerText({ timeout: 5_000 });
    expect(await issuesAt('id')).toContain('not in the expected form');
    expect(await issuesAt('rules[0].severity')).toContain('expected one of "hint", "suggestion", "warning"');
    expect(await issuesAt('rules[0]')).toContain('unknown field "mesage" (did you mean "message"?)');
    expect(await issuesAt('rules[0].message')).toContain('missing required field "message"');
    expect(await issuesAt('rules[1].pattern')).toMatch(/bad regular expression \/\(\?<=your \)workspace\/: .+/);
    expect(await page.getAttribute(fid('rules[0].severity'), 'aria-invalid')).toBe('true');
    expect(await storedPacks()).toBe(saved);
  });

  it('passes axe-core with no serious or critical violation', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});
