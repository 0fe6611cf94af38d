/** `npm run fit`: refits the tone model's weights (src/eval/fit-main.ts) into src/engine/tone-weights.ts. */
import { runBundled } from './run-bundled.mjs';

await runBundled('src/eval/fit-main.ts');
