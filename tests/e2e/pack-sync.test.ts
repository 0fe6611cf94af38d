// A trainer's pack on a server, in the real extension: subscribe from the options page, coach with it, publish a
// new version and see an open tab coach with it after "Sync now" without a reload; a broken version changes
// nothing in the tab and shows its error in the options page. A pack pinned to a trainer's key is used only while
// its detached signature verifies.
import { generateKeyPairSync, sign } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startPackServer, type PackServer } from '../../src/background/test-server';
import { teamPack } from '../../src/background/test-packs';
import { launchWithExtension, servePages, type ExtensionBrowser } from './browser';
import { enableSites } from './chromium.mjs';
import { coachedFindings, openOptions, packState, underlinesOf } from './packs';

let browser: ExtensionBrowser;
let packs: PackServer;
let site: Awaited<ReturnType<typeof servePages>>;

beforeAll(async () => {
  packs = await startPackServer();
  site = await servePages({
    '/reply': '<!doctype html><title>Reply</title><textarea id="reply" rows="6" cols="60"></textarea>',
  });
  browser = await launchWithExtension();
  await enableSites(browser.worker, ['127.0.0.1']);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await packs?.close();
});

const RULE = 'team/internal-words';

it('subscribes, coaches with the pack, picks up a new version in an open tab, and keeps it when the next is broken', async () => {
  const url = packs.url('/team.yaml');
  packs.publish('/team.yaml', teamPack('1.0.0', 'widget id'));

  // subscribe from the options page
  const options = await openOptions(browser);
  await options.getByLabel('Pack URL').fill(url);
  await options.getByRole('button', { name: 'Subscribe' }).click();
  const item = options.locator(`li[data-subscription="${url}"]`);
  await item.and(options.locator('[data-status="active"]')).waitFor({ timeout: 15_000 });
  expect(await item.locator('h3').innerText()).toBe('Team voice v1.0.0');
  expect(await item.locator('[data-field="source"]').innerText()).toBe('Subscribed');

  // a coached page shows the pack's rule
  const page = await browser.context.newPage();
  await page.goto(site.url('/reply'));
  await page.locator('#reply').click();
  const draft = 'Hi Sam, the widget id and the ticket id are both ready.';
  await page.keyboard.type(draft);
  await expect
    .poll(() => coachedFindings(browser), { timeout: 10_000 })
    .toContainEqual({ rule: RULE, text: 'widget id', message: "Customers don't know \u201cwidget id\u201d (v1.0.0)." });
  await expect.poll(() => underlinesOf(page, RULE), { timeout: 5_000 }).toBe(1);
  await page.evaluate(() => Object.assign(window, { notReloaded: true }));

  // the trainer publishes 2.0.0: it flags "ticket id" instead; "Sync now" in the options page
  packs.publish('/team.yaml', teamPack('2.0.0', 'ticket id'));
  await item.locator('button[data-action="sync"]').click();
  await item.locator('h3', { hasText: 'v2.0.0' }).waitFor({ timeout: 15_000 });
  await expect
    .poll(async () => (await coachedFindings(browser)).filter((f) => f.rule === RULE), { timeout: 10_000 })
    .toEqual([{ rule: RULE, text: 'ticket id', message: "Customers don't know \u201cticket id\u201d (v2.0.0)." }]);
  await expect.poll(() => underlinesOf(page, RULE), { timeout: 5_000 }).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(await page.locator('#reply').inputValue()).toBe(draft);

  // 3.0.0 is broken (its own example fails): the tab keeps coaching with 2.0.0, the options page says why
  packs.publish('/team.yaml', teamPack('3.0.0', 'widget id', { exampleFlags: 'Widget' }));
  await item.locator('button[data-action="sync"]').click();
  const error = item.locator('[data-error="pack"]');
  await error.waitFor({ timeout: 15_000 });
  expect(await error.innerText()).toContain(`${url}:13:9: rules[0].examples[0]: example of team/internal-words fails`);
  expect(await item.locator('[data-field="status"]').innerText()).toBe('Last sync failed; version 2.0.0 stays active');
  expect(await item.locator('h3').innerText()).toBe('Team voice v2.0.0');
  expect((await packState(browser, url))?.active?.pack.version).toBe('2.0.0');
  await page.waitForTimeout(500);
  expect((await coachedFindings(browser)).filter((f) => f.rule === RULE).map((f) => f.text)).toEqual(['ticket id']);

  // removing the pack stops its coaching in the open tab too
  await item.locator('button[data-action="remove"]').click();
  await item.waitFor({ state: 'detached', timeout: 10_000 });
  await expect
    .poll(async () => (await coachedFindings(browser)).filter((f) => f.rule === RULE), { timeout: 10_000 })
    .toEqual([]);
});

it('imports a pack file with the CLI’s errors, or activates it', async () => {
  const options = await openOptions(browser);
  const bad = teamPack('1.0.0', 'sev1', { id: 'local', exampleFlags: 'Sev' });
  await options
    .getByLabel('Pack file (YAML or JSON)')
    .setInputFiles({ name: 'local.yaml', mimeType: 'text/yaml', buffer: Buffer.from(bad) });
  const feedback = options.locator('#import-feedback[role="alert"]');
  await feedback.waitFor();
  expect(await feedback.innerText()).toContain('local.yaml was not imported');
  expect(await feedback.innerText()).toContain(
    'local.yaml:13:9: rules[0].examples[0]: example of local/internal-words fails',
  );

  await options.getByLabel('Pack file (YAML or JSON)').setInputFiles({
    name: 'local.yaml',
    mimeType: 'text/yaml',
    buffer: Buffer.from(teamPack('1.0.0', 'sev1', { id: 'local' })),
  });
  await options.locator('li[data-subscription="file:local"][data-status="active"]').waitFor({ timeout: 10_000 });
  // its rules can be turned off from the list
  const item = options.locator('li[data-subscription="file:local"]');
  await item.locator('summary').click();
  await item.getByRole('checkbox', { name: /local\/internal-words/ }).uncheck();
  await expect
    .poll(() =>
      browser.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings?.disabledRules),
    )
    .toContain('local/internal-words');
});

it('activates a signed pack only while its signature verifies, and keeps the last good one when it does not', async () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const signed = (yaml: string) =>
    sign('sha256', Buffer.from(yaml), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64');
  const url = packs.url('/signed.yaml');
  const first = teamPack('1.0.0', 'widget id');
  packs.publish('/signed.yaml', first);
  packs.publish('/signed.yaml.sig', signed(first));

  const options = await openOptions(browser);
  await options.getByLabel('Pack URL').fill(url);
  await options
    .getByLabel('Public key (optional)')
    .fill(publicKey.export({ type: 'spki', format: 'der' }).toString('base64'));
  await options.getByRole('button', { name: 'Subscribe' }).click();
  const item = options.locator(`li[data-subscription="${url}"]`);
  await item.and(options.locator('[data-status="active"]')).waitFor({ timeout: 15_000 });
  expect((await packState(browser, url))?.active?.pack.version).toBe('1.0.0');

  // someone changes the pack on the server without the trainer's key: the old signature no longer matches
  packs.publish('/signed.yaml', teamPack('2.0.0', 'ticket id'));
  await item.locator('button[data-action="sync"]').click();
  await item.locator('[data-error]').waitFor({ timeout: 15_000 });
  expect(await item.locator('[data-error]').innerText()).toMatch(/signature/i);
  expect((await packState(browser, url))?.active?.pack.version).toBe('1.0.0');

  // the trainer signs the new version: it becomes active
  const second = teamPack('2.0.0', 'ticket id');
  packs.publish('/signed.yaml.sig', signed(second));
  await item.locator('button[data-action="sync"]').click();
  await expect
    .poll(async () => (await packState(browser, url))?.active?.pack.version, { timeout: 15_000 })
    .toBe('2.0.0');
  await options.close();
});
