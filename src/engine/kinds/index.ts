/** The closed set of rule kinds. A new kind is one file here (with its `schema`) plus the same branch in rules/pack.schema.json; kinds/schema.test.ts checks they agree. */
import type { RuleKind } from './kind';
import { listen } from './listen';
import { match } from './match';
import { metric } from './metric';
import { pattern } from './pattern';
import { phrase } from './phrase';
import { requireKind } from './require';
import { sentiment } from './sentiment';
import { swap } from './swap';

export const RULE_KINDS: Record<string, RuleKind> = Object.fromEntries(
  ([phrase, swap, match, pattern, sentiment, metric, requireKind, listen] as RuleKind[]).map((k) => [k.kind, k]),
);

export { RuleFieldError, type RuleBase, type RuleKind } from './kind';
