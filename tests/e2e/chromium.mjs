/**
 * How Empathy Coach drives Debian's Chromium (never a downloaded browser): the binary and the launch flags,
 * shared by the browser tests (browser.ts), `npm run demo` (scripts/demo.mjs) and the typing benchmark
 * (bench/typing.mjs). Plain ESM so Node runs it without a TypeScript step.
 */

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
