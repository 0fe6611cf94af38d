/** Turns validated packs into the flat, ordered list of compiled rules the analyzer runs: every rule kind. */
import { compileRules, type CompiledPacks, type CompiledRuleCache } from './compile-rules';
import { RULE_KINDS } from './kinds';
import type { PackSpec } from './types';

export { conversationTest, PackCompileError, type CompiledPacks, type CompiledRuleCache } from './compile-rules';

/** Every rule of the packs compiled (or taken from `cache`), or a PackCompileError listing every problem. */
export function compilePacks(
  packs: readonly PackSpec[],
  disabled: Iterable<string> = [],
  cache?: CompiledRuleCache,
): CompiledPacks {
  return compileRules(packs, disabled, RULE_KINDS, { cache });
}
