/**
 * Bundles a TypeScript entry of src/eval with esbuild into a temp dir (as bench/run.mjs does for the engine),
 * runs its `main(root, args)`, and removes the bundle. Shared by `npm run eval` and `npm run fit`.
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { yamlPacksEsbuild } from './yaml-plugin.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function runBundled(entry) {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'empathy-run-'));
  try {
    const outfile = path.join(tmp, 'entry.mjs');
    await build({
      entryPoints: [path.join(ROOT, entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      plugins: [yamlPacksEsbuild()],
      // yaml's CommonJS build requires Node built-ins, which an ESM bundle can only do through createRequire
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
      logLevel: 'error',
    });
    const { main } = await import(pathToFileURL(outfile).href);
    process.exitCode = main(ROOT, process.argv.slice(2));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
