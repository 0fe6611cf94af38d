// Build-time loader for rules/*.yaml: the built-in packs ship as plain objects, so neither the extension nor the
// CLI parses YAML to start. One function serves Vite/Vitest (`yamlPacksVite`) and esbuild (`yamlPacksEsbuild`).
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';

const toModule = (source) => `export default ${JSON.stringify(parse(source))};`;

export function yamlPacksVite() {
  return {
    name: 'empathy-coach:yaml-packs',
    transform(code, id) {
      if (!/\.ya?ml$/.test(id)) return undefined;
      return { code: toModule(code), map: null };
    },
  };
}

export function yamlPacksEsbuild() {
  return {
    name: 'empathy-coach:yaml-packs',
    setup(build) {
      build.onLoad({ filter: /\.ya?ml$/ }, async (args) => ({
        contents: toModule(await readFile(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
}
