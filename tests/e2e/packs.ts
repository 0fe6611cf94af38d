/** Test-side helpers for pack sync in the real extension: the options page, the coached tab's report, storage. */
import type { Page } from 'playwright-core';
import type { Finding } from '../../src/engine';
import { EXTENSION_ID, type ExtensionBrowser } from './browser';

export async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => void dialog.accept()); // "Remove …?" confirmations
  await page.goto(`chrome-extension://${EXTENSION_ID}/options.html`);
  await page.locator('[data-section="packs"]').waitFor();
  return page;
}

/** The findings of the coached field in whichever tab has one, asked through the worker as the popup would. */
export async function coachedFindings(
  browser: ExtensionBrowser,
): Promise<Array<Pick<Finding, 'rule' | 'text' | 'message'>>> {
  const report = await browser.worker.evaluate(async () => {
    // without the "tabs" permission tabs carry no URL: ask every tab, the coached one answers
    const tabs: Array<{ id: number }> = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((t) => chrome.tabs.sendMessage(t.id, { kind: 'get-report' }).catch(() => null)),
    );
    return replies.find(Boolean) ?? null;
  });
  return (report?.findings ?? []).map((f: Finding) => ({ rule: f.rule, text: f.text, message: f.message }));
}

/** The underlines the overlay draws for a rule, read from its open shadow root. */
export function underlinesOf(page: Page, rule: string): Promise<number> {
  return page.evaluate(
    (r) =>
      document.querySelector('empathy-coach')?.shadowRoot?.querySelectorAll(`[data-finding][data-rule="${r}"]`)
        .length ?? 0,
    rule,
  );
}

/** The sync state the worker stored for a subscription. */
export function packState(
  browser: ExtensionBrowser,
  id: string,
): Promise<
  { active?: { pack: { id: string; version: string } }; error?: { kind: string; messages: string[] } } | undefined
> {
  return browser.worker.evaluate(async (key) => (await chrome.storage.local.get('packStates')).packStates?.[key], id);
}
