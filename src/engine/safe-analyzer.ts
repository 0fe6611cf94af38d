/**
 * An analyzer for a tab from whatever storage holds. The packs there passed every check when they were activated,
 * but a later version of the extension may judge one differently (a new cap, a rule kind changed): a tab must
 * then coach with the packs that still compile, never stop coaching or throw into the page.
 */
import { createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyzer';
import { compilePacks } from './compile';
import type { PackSpec } from './types';

export function createAnalyzerSafely(
  packs: readonly PackSpec[],
  options: AnalyzerOptions = {},
  onDropped?: (pack: PackSpec, error: unknown) => void,
): Analyzer {
  try {
    return createAnalyzer(packs, options);
  } catch {
    const usable = packs.filter((pack) => {
      try {
        compilePacks([pack]);
        return true;
      } catch (error) {
        onDropped?.(pack, error);
        return false;
      }
    });
    try {
      return createAnalyzer(usable, options);
    } catch (error) {
      // packs that compile alone but not together (an override of a rule that is gone): coach with none of them
      onDropped?.({ id: '(all subscribed packs)' } as PackSpec, error);
      return createAnalyzer([], options);
    }
  }
}
