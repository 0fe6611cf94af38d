// The full engine (compromise, the language detector, the scores), loaded by the coach in a frame once its first
// pass has drawn the first underlines (src/content/session.ts): the heaviest part, kept off the first paint.
import { createMultilingualAnalyzer } from '../src/engine/lang/multilingual';
import { ENGINE_GLOBAL, type EngineModule } from '../src/content/load-coach';

export default defineUnlistedScript(() => {
  (globalThis as { [ENGINE_GLOBAL]?: EngineModule })[ENGINE_GLOBAL] = { createMultilingualAnalyzer };
});
