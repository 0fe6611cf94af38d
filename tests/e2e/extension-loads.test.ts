// The built extension loads in Chromium with its fixed id; it reads no page until the agent enables the site;
// then its content script coaches a focused textarea.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXTENSION_ID, launchWithExtension, servePages, type ExtensionBrowser } from './browser';
import { enableSites } from './chromium.mjs';

let browser: ExtensionBrowser;
let site: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  site = await servePages({
    '/reply': '<!doctype html><title>Reply</title><textarea id="reply" rows="6" cols="60"></textarea>',
  });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

it('runs its service worker under the fixed extension id', () => {
  expect(new URL(browser.worker.url()).host).toBe(EXTENSION_ID);
});

const reportOfAnyTab = () =>
  browser.worker.evaluate(async () => {
    // without the "tabs" permission tabs carry no URL: ask every tab, the coached one answers
    const tabs: Array<{ id: number }> = await chrome.tabs.query({});
    const replies = await Promise.all(
      tabs.map((t) => chrome.tabs.sendMessage(t.id, { kind: 'get-report' }).catch(() => null)),
    );
    return replies.find(Boolean) ?? null;
  });

it('runs on the known helpdesks only, never on every site', async () => {
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  const matches: string[] = manifest.content_scripts.flatMap((c: { matches: string[] }) => c.matches);
  expect(matches.length).toBeGreaterThan(0);
  expect(matches.filter((m) => m === '<all_urls>' || /^\*:\/\/\*\//.test(m) || /:\/\/\*\//.test(m))).toEqual([]);
  expect(manifest.optional_host_permissions).toContain('*://*/*');
});

it('reads nothing on a site the agent has not enabled', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('/reply'));
  await page.locator('#reply').click();
  await page.keyboard.type('Unfortunately you failed to attach the file.');
  await page.waitForTimeout(1_000);
  expect(await page.locator('empathy-coach').count()).toBe(0);
  expect(await reportOfAnyTab()).toBeNull();
  await page.close();
});

it('coaches what the agent types into a textarea once the site is enabled, without touching the page', async () => {
  await enableSites(browser.worker, ['127.0.0.1']);
  const page = await browser.context.newPage();
  await page.goto(site.url('/reply'));
  const before = await page.content();
  await page.locator('#reply').click();
  await page.keyboard.type('Unfortunately you failed to attach the file.');
  await expect.poll(reportOfAnyTab, { timeout: 10_000 }).toMatchObject({
    findings: expect.arrayContaining([
      expect.objectContaining({ rule: 'core/you-failed-to', text: 'you failed to attach' }),
    ]),
  });
  // the only thing added to the page is the overlay's host, outside the field
  const strip = (html: string) =>
    html.replace(/<textarea[^]*<\/textarea>/, '').replace(/<empathy-coach[^>]*><\/empathy-coach>/, '');
  expect(strip(await page.content())).toBe(strip(before));
  expect(await page.locator('empathy-coach').count()).toBe(1);
});
