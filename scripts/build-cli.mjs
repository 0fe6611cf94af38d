// Bundles the CLI into dist/cli.mjs: one file with the engine and the built-in packs inside, so `npx
// empathy-coach` runs on plain Node right after `npm install` (run by `prepare`) and the npm package needs no
// TypeScript at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { yamlPacksEsbuild } from './yaml-plugin.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: [new URL('../src/cli/bin.ts', import.meta.url).pathname],
  // another place for the bundle, for bench/pairs.mjs (which must not write into the repo)
  outfile: process.argv[2] ?? new URL('../dist/cli.mjs', import.meta.url).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // sentiment's loader for languages we never ask for (we register our own)
  logOverride: { 'empty-glob': 'silent' },
  banner: {
    // CommonJS dependencies bundled into ESM still call require() for Node built-ins.
    js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
  },
  define: { __VERSION__: JSON.stringify(version) },
  plugins: [yamlPacksEsbuild()],
});
