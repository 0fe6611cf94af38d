/**
 * The agent's own coaching loop in the real extension: apply and dismiss suggestions in a page, then see the
 * counts in the popup and the options page; "Ignore everywhere" and the severity threshold and a rule switch in
 * the options page change the open page at once. The popup and the options page pass axe-core with no serious
 * or critical violation. Screenshots go to test-results/ (and to docs/ with UPDATE_DOCS=1).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { axeViolations } from './axe';
import { EXTENSION_ID } from './browser';
import { openEditorPage, type EditorPage } from './overlay';
import { coachedFindings, openOptions } from './packs';
import { useFixtureSession } from './session';

const DRAFT =
  'Hi Sam, unfortunately the refund window has closed. Just restart the app and it should work. Per my last email, you failed to attach the file, and unfortunately we cannot help.';
const SHOTS = resolve(import.meta.dirname, '../../test-results');
const DOCS = resolve(import.meta.dirname, '../../docs');

const session = useFixtureSession(['textarea']);
let editor: EditorPage;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  editor = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url('textarea'));
  await editor.editable.click();
  await editor.page.keyboard.type(DRAFT);
  await vi.waitFor(async () => expect(await editor.underlines('core/you-failed-to')).toHaveLength(1), {
    timeout: 10_000,
  });
});
afterAll(() => editor?.page.close());

async function popover(action: string, rule: string) {
  await editor.page.bringToFront();
  await editor.clickUnderline(rule);
  await expect.poll(async () => (await editor.popover())?.id ?? '', { timeout: 5_000 }).toContain(rule);
  await editor.clickOverlay(`[data-popover-for] ${action}`);
}

async function openPopup(): Promise<Page> {
  const url = session.fixtures.url('textarea');
  const tabId = await session.browser.worker.evaluate(
    async (u) => (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u)?.id,
    url,
  );
  expect(tabId, 'the fixture tab').toBeDefined();
  const popup = await session.browser.context.newPage();
  await popup.setViewportSize({ width: 332, height: 420 });
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
  await popup.locator('[data-site-toggle]').waitFor();
  return popup;
}

const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: join(SHOTS, name) });
  if (process.env.UPDATE_DOCS) copyFileSync(join(SHOTS, name), join(DOCS, name));
};

describe('insights', () => {
  it('counts a suggestion applied, one dismissed and one ignored everywhere', async () => {
    await popover('button[data-suggestion]', 'core/unfortunately');
    await expect.poll(() => editor.getText(), { timeout: 5_000 }).toContain('Hi Sam, as it stands the refund window');
    await popover('button[data-action="ignore"]', 'core/just');
    await expect.poll(async () => (await editor.underlines('core/just')).length, { timeout: 5_000 }).toBe(0);
    await popover('button[data-action="ignore-everywhere"]', 'core/per-my-last-email');
    await expect
      .poll(async () => (await editor.underlines('core/per-my-last-email')).length, { timeout: 5_000 })
      .toBe(0);
    const ignored = await session.browser.worker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings.ignoredPhrases,
    );
    expect(ignored).toEqual(['per my last email']);
  });

  it('shows the draft and today’s counts in the popup, with a way to the options', async () => {
    const popup = await openPopup();
    await expect.poll(() => popup.locator('[data-count="applied"]').innerText(), { timeout: 10_000 }).toBe('1');
    expect(await popup.locator('[data-count="dismissed"]').innerText()).toBe('2');
    expect(await popup.locator('[data-count="drafts"]').innerText()).toBe('1');
    expect(Number(await popup.locator('[data-count="findings"]').innerText())).toBeGreaterThanOrEqual(6);
    const score = Number(await popup.locator('[data-draft-score]').innerText());
    const report = await session.browser.worker.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t: { url?: string }) => t.url === u);
      return chrome.tabs.sendMessage(tab.id!, { kind: 'get-report' });
    }, session.fixtures.url('textarea'));
    expect(score).toBe(report.scores.empathy);
    expect(await popup.locator('[data-draft]').innerText()).toMatch(/\d+ suggestions?/);
    expect(await popup.locator('a[data-open-options]').getAttribute('href')).toBe(
      `chrome-extension://${EXTENSION_ID}/options.html`,
    );
    expect(await axeViolations(popup)).toEqual([]);
    await shot(popup, 'popup.png');
    await popup.close();
  });

  it('shows the counts in the options page, and the phrase on the ignore list', async () => {
    const options = await openOptions(session.browser);
    const insights = options.locator('[data-section="insights"]');
    await expect.poll(() => insights.locator('[data-stat="applied"]').innerText(), { timeout: 10_000 }).toBe('1');
    expect(await insights.locator('[data-stat="dismissed"]').innerText()).toBe('2');
    expect(await insights.locator('[data-stat="drafts"]').innerText()).toBe('1');
    const row = (rule: string) => insights.locator(`table[data-table="outcomes"] tr[data-rule="${rule}"]`);
    expect(await row('core/unfortunately').locator('[data-field="applied"]').textContent()).toBe('1');
    expect(await row('core/just').locator('[data-field="dismissed"]').textContent()).toBe('1');
    expect(await row('core/per-my-last-email').locator('[data-field="dismissed"]').textContent()).toBe('1');
    expect(await insights.locator('[data-chart="findings-by-day"] rect[data-category="blame"]').count()).toBe(1);
    expect(await insights.locator('[data-habits="recurring"] li').count()).toBe(3);
    expect(await options.locator('[data-field="ignore-list"] li[data-phrase]').allInnerTexts()).toEqual([
      expect.stringContaining('per my last email'),
    ]);
    await options.close();
  });

  it('hides what is below the threshold chosen in the options, in the open page at once', async () => {
    expect((await editor.underlines('core/unfortunately')).length).toBe(1); // the second one, a suggestion
    const options = await openOptions(session.browser);
    await options.getByLabel('Warnings only').check();
    await editor.page.bringToFront();
    await expect.poll(async () => (await editor.underlines('core/unfortunately')).length, { timeout: 10_000 }).toBe(0);
    expect((await editor.underlines('core/you-failed-to')).length).toBe(1);
    await options.bringToFront();
    await options.getByLabel('Everything, hints too').check();
    await editor.page.bringToFront();
    await expect.poll(async () => (await editor.underlines('core/unfortunately')).length, { timeout: 10_000 }).toBe(1);
    await options.close();
  });

  it('turns a rule off from the rules section: its underline goes from the open page', async () => {
    const options = await openOptions(session.browser);
    const rules = options.locator('[data-section="rules"]');
    await rules.getByLabel('Search rules').fill('failed to');
    const item = rules.locator('li[data-rule-item="core/you-failed-to"]');
    await item.locator('summary').click();
    expect(await item.innerText()).toMatch(/blame/i);
    await item.locator('input[data-rule="core/you-failed-to"]').uncheck();
    await editor.page.bringToFront();
    await expect.poll(async () => (await editor.underlines('core/you-failed-to')).length, { timeout: 10_000 }).toBe(0);
    expect((await coachedFindings(session.browser)).map((f) => f.rule)).not.toContain('core/you-failed-to');
    await options.bringToFront();
    await rules.getByLabel('Search rules').fill('');
    await rules.getByLabel('Category', { exact: true }).selectOption('blame');
    const categories = await rules
      .locator('li[data-rule-item]')
      .evaluateAll((items) => [...new Set(items.map((i) => i.getAttribute('data-category')))]);
    expect(categories).toEqual(['blame']);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('never flags an ignored phrase again, in a new draft', async () => {
    const page = await openEditorPage(await session.browser.context.newPage(), session.fixtures.url('textarea'));
    await page.editable.click();
    await page.page.keyboard.type('Per my last email, unfortunately the file is still missing from the ticket.');
    await expect.poll(async () => (await page.underlines('core/unfortunately')).length, { timeout: 10_000 }).toBe(1);
    expect((await page.underlines('core/per-my-last-email')).length).toBe(0);
    await page.page.close();
  });

  it('refuses a bad settings file and changes nothing', async () => {
    const options = await openOptions(session.browser);
    const before = await session.browser.worker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings,
    );
    const file = JSON.stringify({
      format: 'empathy-coach-settings',
      version: 3,
      settings: { disabledRules: [], minSeverity: 'loud' },
    });
    await options
      .getByLabel('Import settings (JSON)')
      .setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const problem = options.locator('[data-section="settings-file"] [data-feedback="error"]');
    await problem.waitFor();
    expect(await problem.innerText()).toContain(
      'settings.minSeverity: expected one of "hint", "suggestion", "warning", got "loud"',
    );
    expect(
      await session.browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings),
    ).toEqual(before);
    await options.close();
  });

  it('keyboard only: the options page’s controls are reached with Tab, in order, each with a name', async () => {
    const options = await openOptions(session.browser);
    const names: string[] = [];
    for (let i = 0; i < 12; i++) {
      await options.keyboard.press('Tab');
      names.push(
        await options.evaluate(() => {
          const el = document.activeElement as HTMLInputElement | null;
          return el
            ? `${el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? ''}`.trim()
            : '';
        }),
      );
    }
    expect(names[0]).toBe('a:Skip to content');
    expect(names).toContain('select:Period');
    expect(names.every((n) => !n.endsWith(':'))).toBe(true);
    await options.keyboard.press('Escape');
    await options.close();
  });

  it('screenshots the options page', async () => {
    // a month of sample counts, so the charts in the README show their shape (after the checks above)
    await session.browser.worker.evaluate(async () => {
      const { insights } = await chrome.storage.local.get('insights');
      const day = (offset: number) => {
        const d = new Date();
        d.setDate(d.getDate() + offset);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      for (let i = -29; i < 0; i++) {
        const drafts = 3 + ((((i * 7) % 5) + 5) % 5);
        const late = i > -15;
        insights.days[day(i)] = {
          drafts,
          categories: {
            blame: late ? 1 : 3,
            'positive-language': late ? 2 : 4,
            tone: 2 + (i % 2),
            empathy: late ? 1 : 3,
            jargon: i % 3 === 0 ? 1 : 0,
          },
          findings: {
            'core/you-failed-to': late ? 1 : 3,
            'core/unfortunately': late ? 2 : 4,
            'core/just': 2 + (i % 2),
            'core/acknowledge-feelings': late ? 1 : 3,
          },
          applied: { 'core/unfortunately': 2, 'core/just': 1 },
          ignored: { 'core/just': 1 },
          empathySum: drafts * (50 + i + 30),
          empathyCount: drafts,
        };
      }
      await chrome.storage.local.set({ insights });
    });
    const options = await openOptions(session.browser);
    await options.setViewportSize({ width: 1000, height: 1500 });
    await options
      .locator('[data-section="insights"] [data-habits="improving"] li')
      .first()
      .waitFor({ timeout: 10_000 });
    await shot(options, 'options.png');
    await options.close();
  });

  it('exports the counts, and clears them all on "Clear my data"', async () => {
    const options = await openOptions(session.browser);
    const insights = options.locator('[data-section="insights"]');
    await expect.poll(() => insights.locator('[data-stat="drafts"]').innerText(), { timeout: 10_000 }).not.toBe('0');
    const [csv] = await Promise.all([
      options.waitForEvent('download'),
      insights.locator('button[data-action="export-csv"]').click(),
    ]);
    const rows = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\n');
    expect(rows[0]).toBe('day,measure,key,count');
    expect(rows).toContainEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2},applied,core\/unfortunately,\d+$/));
    await insights.locator('button[data-action="clear-insights"]').click(); // the confirmation is accepted by openOptions
    await expect.poll(() => insights.locator('[data-stat="drafts"]').innerText(), { timeout: 10_000 }).toBe('0');
    expect(
      await session.browser.worker.evaluate(async () => (await chrome.storage.local.get('insights')).insights),
    ).toEqual({ days: {}, older: null });
    await options.close();
  });
});
