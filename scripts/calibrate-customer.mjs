/** Re-learns the customer-reading lexicon from GoEmotions train (src/eval/calibrate-customer.ts). */
import { runTs } from './run-ts.mjs';

await runTs('src/eval/calibrate-customer.ts');
