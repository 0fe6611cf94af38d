import { RE2JS, RE2Set } from 're2js';
import type { RawMatch, RuleSpecBase } from '../types';
import { asList, RuleFieldError, type RuleKind } from './kind';

export interface PatternSpec extends RuleSpecBase {
  kind: 'pattern';
  /** Regular expressions in RE2 syntax: no backreferences or lookaround, so matching is linear in the text. */
  pattern: string | string[];
  caseSensitive?: boolean;
}

/**
 * Patterns run on re2js, a linear-time engine: a pack cannot hang typing with a pattern that backtracks
 * catastrophically, because nothing backtracks. What RE2 cannot run (backreferences, lookaround) is refused
 * at load time with RE2's own explanation.
 */
export const pattern: RuleKind<PatternSpec> = {
  kind: 'pattern',
  schema: {
    required: ['pattern'],
    properties: { pattern: { $ref: '#/$defs/expressionList' }, caseSensitive: { type: 'boolean' } },
  },
  compile(spec, base) {
    const flags = spec.caseSensitive ? 0 : RE2JS.CASE_INSENSITIVE;
    const compiled = asList(spec.pattern).map((source, i) => {
      const field = Array.isArray(spec.pattern) ? `pattern[${i}]` : 'pattern';
      let re: RE2JS;
      try {
        re = RE2JS.compile(source, flags);
      } catch (error) {
        throw new RuleFieldError(field, `bad regular expression /${source}/: ${(error as Error).message}`);
      }
      if (re.matches('') || matchesEmptyAnywhere(re))
        throw new RuleFieldError(
          field,
          `the regular expression /${source}/ matches empty text (at a word boundary or between characters)`,
        );
      return re;
    });
    const findAny = patternSet(asList(spec.pattern), flags);
    return {
      ...base,
      sentence: ({ text }): RawMatch[] => {
        const out: RawMatch[] = [];
        const any = findAny(text);
        for (let i = 0; i < compiled.length; i++) {
          if (any && !any.has(i)) continue;
          const m = compiled[i].matcher(text);
          // an empty match would be an underline of nothing with a suggestion inserted there: never a finding
          while (m.find()) if (m.end() > m.start()) out.push({ start: m.start(), end: m.end() });
        }
        return out;
      },
    };
  },
};

/**
 * Which of a rule's patterns match a sentence anywhere, in one pass of RE2's DFA over the sentence for all of them:
 * a pack's 200 patterns scanned one by one cost several ms a keystroke (npm run bench), and most match nothing.
 * Only the patterns found are run again for their places. Patterns whose DFA outgrows its memory (RE2 gives up,
 * and would fall back to a slow simulation of every pattern at once) are run one by one instead, as before:
 * returns undefined then, meaning "try them all".
 */
function patternSet(sources: string[], flags: number): (text: string) => ReadonlySet<number> | undefined {
  const set = new RE2Set(RE2Set.UNANCHORED, flags);
  try {
    for (const source of sources) set.add(source);
    set.compile();
  } catch {
    // patterns each within RE2's size limit, but not all together: run them one by one
    return () => undefined;
  }
  return (text) => (set.dfa.failed ? undefined : new Set(set.match(text)));
}

/** Text with every kind of boundary (word, space, punctuation, digit, line edges) where `\b` or `x*` would match nothing. */
const EMPTY_PROBES = ['Hi Sam, thanks: we’re on it (order #42)! ok?', ' a ', '.', 'A1 b2'];

function matchesEmptyAnywhere(re: RE2JS): boolean {
  return EMPTY_PROBES.some((probe) => {
    const m = re.matcher(probe);
    while (m.find()) if (m.end() === m.start()) return true;
    return false;
  });
}
