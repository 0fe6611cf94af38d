/**
 * `npm run fit`: refits the tone model's weights (src/eval/fit-main.ts) into src/engine/tone-weights.ts and the
 * empathy model's into src/engine/empathy-weights.ts, then formats both as the repository does (so that
 * `npm run check` passes after a refit, and a refit that changes nothing leaves no diff).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { ROOT, runTs } from './run-ts.mjs';

const WRITTEN = ['src/engine/tone-weights.ts', 'src/engine/empathy-weights.ts'];

await runTs('src/eval/fit-main.ts');
for (const file of WRITTEN) {
  const at = path.join(ROOT, file);
  const options = (await prettier.resolveConfig(at)) ?? {};
  await writeFile(at, await prettier.format(await readFile(at, 'utf8'), { ...options, filepath: at }));
}
