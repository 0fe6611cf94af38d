/**
 * One browser session per test file: the fixture pages served on 127.0.0.1 and Chromium with the extension,
 * coaching enabled on 127.0.0.1 as an agent enables a site, and its single-line inputs opted in too. Registers its own
 * beforeAll/afterAll, so a test file only says which pages it needs.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { enableSites } from './chromium.mjs';
import { serveFixtures } from './fixtures/server.mjs';

export interface FixtureSession {
  browser: ExtensionBrowser;
  fixtures: Awaited<ReturnType<typeof serveFixtures>>;
}

export function useFixtureSession(only?: string[]): FixtureSession {
  const session = {} as FixtureSession;
  beforeAll(async () => {
    session.fixtures = await serveFixtures(only ? { only } : {});
    session.browser = await launchWithExtension();
    // the helpdesk pages, at their real addresses (the extension's static content-script matches)
    await session.fixtures.route(session.browser.context);
    await enableSites(session.browser.worker, ['127.0.0.1'], { inputSites: ['127.0.0.1'] });
  }, 180_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.fixtures?.close();
  });
  return session;
}
