// Enterprise policy in the real browser: a managed policy file for the extension's id, read by Chromium at start,
// gives every agent a pack they cannot remove and rules they cannot turn back on.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPackServer, type PackServer } from '../../src/background/test-server';
import { teamPack } from '../../src/background/test-packs';
import { EXTENSION_ID, launchWithExtension, servePages, type ExtensionBrowser } from './browser';
import { enableSites } from './chromium.mjs';
import { coachedFindings, openOptions, packState } from './packs';

// Debian's Chromium reads machine policy from here (Google Chrome: /etc/opt/chrome/policies/managed).
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/empathy-coach-e2e-${process.pid}.json`;
const isRoot = process.getuid?.() === 0;

describe.skipIf(!isRoot)('managed policy (needs root to write the machine policy file: skipped when not root)', () => {
  let browser: ExtensionBrowser | undefined;
  let packs: PackServer;
  let site: Awaited<ReturnType<typeof servePages>>;
  let url = '';

  beforeAll(async () => {
    packs = await startPackServer();
    site = await servePages({
      '/reply': '<!doctype html><title>Reply</title><textarea id="reply" rows="6" cols="60"></textarea>',
    });
    url = packs.url('/org.yaml');
    packs.publish('/org.yaml', teamPack('4.2.0', 'sev1', { id: 'org' }));
    mkdirSync(POLICY_DIR, { recursive: true });
    const policy = {
      packs: [{ url, interval: 60 }],
      disabledRules: ['core/just'],
      enabledSites: ['127.0.0.1'],
      lockSettings: true,
    };
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
    // Chromium watches the directory and reloads on change: the file stays until the tests end (afterAll)
    browser = await launchWithExtension();
    await enableSites(browser.worker, ['127.0.0.1']);
  }, 60_000);
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true }); // first, even if closing the browser fails
    await browser?.close();
    await site?.close();
    await packs?.close();
  });

  it('shows the policy to the extension, activates the managed pack, and applies its disabled rules', async () => {
    const managed = await browser!.worker.evaluate(() => chrome.storage.managed.get(null));
    expect(managed).toMatchObject({ packs: [{ url, interval: 60 }], lockSettings: true, enabledSites: ['127.0.0.1'] });
    await expect
      .poll(async () => (await packState(browser!, url))?.active?.pack.version, { timeout: 15_000 })
      .toBe('4.2.0');

    const page = await browser!.context.newPage();
    await page.goto(site.url('/reply'));
    await page.locator('#reply').click();
    await page.keyboard.type('Hi Sam, the sev1 is just fixed.');
    await expect
      .poll(async () => (await coachedFindings(browser!)).map((f) => f.rule), { timeout: 10_000 })
      .toContain('org/internal-words');
    expect((await coachedFindings(browser!)).map((f) => f.rule)).not.toContain('core/just');
    // the popover of a locked rule offers no "Turn off this rule", and says why
    const box = await page.evaluate(() => {
      const el = document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[data-rule="org/internal-words"]');
      const r = el?.getBoundingClientRect();
      return r ? { x: r.x + Math.min(6, r.width / 2), y: r.y + r.height / 2 } : null;
    });
    expect(box).not.toBeNull();
    await page.mouse.click(box!.x, box!.y);
    const popover = () =>
      page.evaluate(() => {
        const dialog = document.querySelector('empathy-coach')?.shadowRoot?.querySelector('[role="dialog"]');
        return dialog
          ? {
              disable: Boolean(dialog.querySelector('[data-action="disable-rule"]')),
              managed: dialog.querySelector('[data-managed]')?.textContent,
            }
          : null;
      });
    await expect.poll(popover, { timeout: 5_000 }).toEqual({ disable: false, managed: 'Set by your organisation' });
  });

  it('locks the managed pack and its rules in the options page', async () => {
    const options = await openOptions(browser!);
    const item = options.locator(`li[data-subscription="${url}"]`);
    await item.and(options.locator('[data-status="active"]')).waitFor({ timeout: 10_000 });
    expect(await item.locator('[data-field="source"]').innerText()).toBe('Managed by your organisation');
    expect(await item.locator('h3').innerText()).toBe('Team voice v4.2.0');
    expect(await item.locator('button[data-action="remove"]').isDisabled()).toBe(true);
    expect(await item.innerText()).toContain('Cannot be removed: managed by your organisation.');
    await item.locator('summary').click();
    expect(await item.locator('input[data-rule="org/internal-words"]').isDisabled()).toBe(true);
    const just = options.locator('li[data-subscription="builtin:core"] input[data-rule="core/just"]');
    expect(await just.isChecked()).toBe(false);
    expect(await just.isDisabled()).toBe(true);
    expect(await options.locator('[data-policy]').innerText()).toContain('has locked its packs and rules');

    // the background refuses too, whatever a page asks
    const reply = await options.evaluate(
      (id) => chrome.runtime.sendMessage({ kind: 'unsubscribe', subscription: id }),
      url,
    );
    expect(reply).toEqual({ ok: false, error: 'this pack is managed by your organisation and cannot be removed' });
  });

  it('applies a policy change live: IT removes the policy, the managed pack goes', async () => {
    rmSync(POLICY_FILE, { force: true });
    await expect.poll(() => packState(browser!, url), { timeout: 40_000, interval: 500 }).toBeUndefined();
    const options = await openOptions(browser!);
    expect(await options.locator(`li[data-subscription="${url}"]`).count()).toBe(0);
    expect(
      await options.locator('li[data-subscription="builtin:core"] input[data-rule="core/just"]').isDisabled(),
    ).toBe(false);
  }, 60_000);
});
