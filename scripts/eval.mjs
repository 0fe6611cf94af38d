/**
 * `npm run eval`: how well Empathy Coach agrees with people (src/eval/main.ts). Bundles the TypeScript entry with
 * esbuild into a temp dir, as bench/run.mjs does for the engine, runs it, and removes the bundle.
 */
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { yamlPacksEsbuild } from './yaml-plugin.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const tmp = await mkdtemp(path.join(os.tmpdir(), 'empathy-eval-'));
try {
  const outfile = path.join(tmp, 'eval.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'src/eval/main.ts')],
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
