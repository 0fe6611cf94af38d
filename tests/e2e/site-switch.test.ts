/**
 * Coaching on a site is the agent's choice: an ordinary site is read only after they enable it from the popup
 * (its permission granted by the harness, standing in for the agent's "Allow"), and turning any site off,
 * a known helpdesk included, stops coaching in its open pages at once. Pages are served at their real
 * addresses by Playwright's routing: no network.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { EXTENSION_ID, launchWithExtension, type ExtensionBrowser } from './browser';

const SHOP = 'https://shop.example.com';
const HELPDESK = 'https://acme.zendesk.com';
const REPLY_PAGE = '<!doctype html><title>Contact</title><textarea id="reply" rows="6" cols="70"></textarea>';
const COACHED = 'Unfortunately you failed to attach the file. ';

let browser: ExtensionBrowser;

beforeAll(async () => {
  // the popup, opened here as a page, reads its tab's address through these (a real popup has activeTab)
  browser = await launchWithExtension({ grantHosts: ['*://shop.example.com/*', '*://acme.zendesk.com/*'] });
  for (const origin of [SHOP, HELPDESK]) {
    await browser.context.route(`${origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: REPLY_PAGE }),
    );
  }
}, 60_000);
afterAll(() => browser?.close());

async function openReply(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('#reply').click();
  return page;
}

const underlineCount = (page: Page) =>
  page.evaluate(
    () => document.querySelector('empathy-coach')?.shadowRoot?.querySelectorAll('[data-finding]').length ?? 0,
  );

/** The popup, opened as a page about the tab at `url`. */
async function openPopup(url: string): Promise<Page> {
  const tabId = await browser.worker.evaluate(
    async (pattern) => (await chrome.tabs.query({ url: pattern }))[0]?.id,
    `${url}*`,
  );
  expect(tabId, `a tab at ${url}`).toBeDefined();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${EXTENSION_ID}/popup.html?tab=${tabId}`);
  await popup.locator('[data-site-toggle]').waitFor();
  return popup;
}

describe('an ordinary site', () => {
  let page: Page;
  let popup: Page;

  it('is not read until the agent enables it', async () => {
    page = await openReply(`${SHOP}/contact`);
    await page.keyboard.type(COACHED);
    await page.waitForTimeout(800);
    expect(await page.locator('empathy-coach').count()).toBe(0);
  });

  it('is coached at once, without a reload, when the agent enables it in the popup', async () => {
    popup = await openPopup(`${SHOP}/contact`);
    expect(await popup.locator('[data-site-toggle]').isChecked()).toBe(false);
    await popup.locator('[data-site-toggle]').click();
    await expect.poll(() => popup.locator('[data-site-toggle]').isChecked(), { timeout: 5_000 }).toBe(true);
    await page.bringToFront();
    await page.locator('#reply').click();
    await page.keyboard.type('Per my last email, just restart it. ');
    await expect.poll(() => underlineCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  });

  it('stays coached on its next pages', async () => {
    const next = await openReply(`${SHOP}/other`);
    await next.keyboard.type(COACHED);
    await expect.poll(() => underlineCount(next), { timeout: 10_000 }).toBeGreaterThan(0);
    await next.close();
  });

  it('stops at once when the agent turns it off, and its next pages are not read', async () => {
    await popup.bringToFront();
    await popup.locator('[data-site-toggle]').click();
    await expect.poll(() => popup.locator('[data-site-toggle]').isChecked(), { timeout: 5_000 }).toBe(false);
    await expect.poll(() => page.locator('empathy-coach').count(), { timeout: 5_000 }).toBe(0);
    expect(await browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    const next = await openReply(`${SHOP}/again`);
    await next.keyboard.type(COACHED);
    await next.waitForTimeout(800);
    expect(await next.locator('empathy-coach').count()).toBe(0);
    await Promise.all([next.close(), page.close(), popup.close()]);
  });
});

describe('a known helpdesk', () => {
  it('is coached by default, and turning it off in the popup stops coaching at once', async () => {
    const page = await openReply(`${HELPDESK}/agent/tickets/1`);
    await page.keyboard.type(COACHED);
    await expect.poll(() => underlineCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
    const popup = await openPopup(`${HELPDESK}/agent/tickets/1`);
    expect(await popup.locator('#site-heading').textContent()).toContain('Zendesk'); // the site's heading, beside "Today"
    expect(await popup.locator('[data-site-toggle]').isChecked()).toBe(true);
    await popup.locator('[data-site-toggle]').click();
    await expect.poll(() => page.locator('empathy-coach').count(), { timeout: 5_000 }).toBe(0);
    await popup.locator('[data-site-toggle]').click();
    await expect.poll(() => popup.locator('[data-site-toggle]').isChecked(), { timeout: 5_000 }).toBe(true);
    await page.bringToFront();
    await page.locator('#reply').click();
    await page.keyboard.type('Calm down. ');
    await expect.poll(() => underlineCount(page), { timeout: 10_000 }).toBeGreaterThan(0);
  });
});
