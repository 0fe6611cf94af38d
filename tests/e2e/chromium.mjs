/**
 * How Empathy Coach drives Debian's Chromium (never a downloaded browser): the binary and the launch flags,
 * shared by the browser tests (browser.ts), `npm run demo` (scripts/demo.mjs) and the benchmarks
 * (bench/typing.mjs, bench/pageload.mjs). Plain ESM so Node runs it without a TypeScript step.
 */

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags that load one unpacked extension and keep the browser quiet (no sync, no updates, no first-run).
 * Without an extension dir, the same quiet browser with no extension: the baseline the typing bench compares with.
 * @param {string} [extensionDir] an unpacked build, e.g. .output/chrome-mv3
 * @returns {string[]}
 */
export function chromiumArgs(extensionDir) {
  return [
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/**
 * A copy of a built extension whose manifest also grants `hosts` (match patterns): the harness's stand-in for
 * the agent answering "Allow" in Chromium's permission prompt, which a headless browser cannot show. The
 * extension's `key`, and so its id, stay the same. Returns the copy's directory.
 * @param {string} extensionDir
 * @param {string[]} hosts
 * @returns {string}
 */
export function withGrantedHosts(extensionDir, hosts) {
  const copy = mkdtempSync(join(tmpdir(), 'empathy-coach-extension-'));
  cpSync(extensionDir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...new Set([...(manifest.host_permissions ?? []), ...hosts])];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return copy;
}

/**
 * A fresh headless browser with its own profile: with `extensionDir`, that build loaded (granted `hosts`) and its
 * service worker; without, the same quiet browser and no extension. `close` removes the profile and the copy.
 * @param {string} [extensionDir]
 * @param {string[]} [hosts]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, worker: import('playwright-core').Worker | null, close(): Promise<void> }>}
 */
export async function launchChromium(extensionDir, hosts = []) {
  const profile = await mkdtemp(join(tmpdir(), 'empathy-bench-profile-'));
  const extension = extensionDir ? withGrantedHosts(extensionDir, hosts) : undefined;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs(extension),
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    if (extension) await rm(extension, { recursive: true, force: true });
  };
  try {
    const worker = extension
      ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })))
      : null;
    return { context, worker, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Turns coaching on for sites the way the popup does (the setting; the background registers the content
 * script), and waits until the registration is in place, so pages opened next are coached.
 * @param {import('playwright-core').Worker} worker the extension's service worker
 * @param {string[]} hosts host names, e.g. ['127.0.0.1']
 * @param {{ inputSites?: string[] }} [options]
 */
export async function enableSites(worker, hosts, options = {}) {
  /* global chrome -- these functions run in the extension's service worker */
  await worker.evaluate(
    ([enabledSites, inputSites]) =>
      chrome.storage.local.set({
        // the whole settings object at its current version (src/settings SETTINGS_VERSION): keep the two in step
        settings: {
          disabledRules: [],
          inputSites,
          enabledSites,
          disabledSites: [],
          internalNotes: 'light',
          minSeverity: 'hint',
          ignoredPhrases: [],
        },
        settings$: { v: 3 },
      }),
    [hosts, options.inputSites ?? []],
  );
  await worker.evaluate(async (count) => {
    for (let tries = 0; tries < 100; tries++) {
      const [script] = await chrome.scripting.getRegisteredContentScripts();
      if (script && script.matches.length >= count) return;
      await new Promise((done) => setTimeout(done, 50));
    }
    throw new Error('the background did not register the content script for the enabled sites');
  }, hosts.length);
}
