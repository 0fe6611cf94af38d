/** `npm run fit`: refits the tone model's weights (src/eval/fit-main.ts) into src/engine/tone-weights.ts. */
import { runTs } from './run-ts.mjs';

await runTs('src/eval/fit-main.ts');
