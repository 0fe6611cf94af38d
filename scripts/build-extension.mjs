// `wxt build` for scripts that need the built extension (demo, bench): quiet on success, and on failure the
// build's whole output, so a newcomer sees the real error rather than a half-built .output.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** Builds the Chrome extension; resolves to the time it took (ms) or rejects after printing wxt's output. */
export async function buildExtension() {
  const started = performance.now();
  const output = [];
  const code = await new Promise((done) => {
    const child = spawn('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => {
      output.push(Buffer.from(String(error)));
      done(1);
    });
    child.on('close', done);
  });
  if (code !== 0 || !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    process.stderr.write(Buffer.concat(output));
    throw new Error('the extension did not build (wxt build output above)');
  }
  return performance.now() - started;
}
