/** `npm run eval`: how well Empathy Coach agrees with people (src/eval/main.ts). */
import { runBundled } from './run-bundled.mjs';

await runBundled('src/eval/main.ts');
