/** `npm run eval`: how well Empathy Coach agrees with people (src/eval/main.ts). */
import { runTs } from './run-ts.mjs';

await runTs('src/eval/main.ts');
