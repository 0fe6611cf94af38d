/**
 * Launches Debian's Chromium with the built extension loaded, through playwright-core (never a downloaded
 * browser). Shared by every browser test.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { CHROMIUM_PATH as CHROMIUM, chromiumArgs, withGrantedHosts } from './chromium.mjs';

export const EXTENSION_ID = 'anjcjjlbphhjhighjecildedohaapamn';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Host permissions granted up front (match patterns), as if the agent had answered "Allow" in the prompt a
   * headless browser cannot show. Default: the fixtures' 127.0.0.1.
   */
  grantHosts?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`no built extension in ${EXTENSION_DIR}: run "npm run build" first`);
  if (!existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: install it with "apt-get install -y chromium" (or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'empathy-coach-profile-'));
  const extension = withGrantedHosts(EXTENSION_DIR, options.grantHosts ?? ['*://127.0.0.1/*']);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(extension),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
    },
  };
}

/** Serves fixed pages on 127.0.0.1 (an ephemeral port) for the extension's content scripts to run on. */
export async function servePages(
  pages: Record<string, string>,
): Promise<{ url(path: string): string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const body = pages[request.url ?? '/'];
    response.writeHead(body === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
