import { RE2JS } from 're2js';
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
      if (re.matches('')) throw new RuleFieldError(field, `the regular expression /${source}/ matches empty text`);
      return re;
    });
    return {
      ...base,
      sentence: ({ text }): RawMatch[] => {
        const out: RawMatch[] = [];
        for (const re of compiled) {
          const m = re.matcher(text);
          while (m.find()) out.push({ start: m.start(), end: m.end() });
        }
        return out;
      },
    };
  },
};
