import type { Analyzer, CustomerContext, Report } from '../../engine';
import type { EligibilityOptions } from '../eligibility';
import type { Field } from '../field';

export interface CoachOptions extends EligibilityOptions {
  /** The analyzer for a field, or null to leave it alone (an internal note, when the agent turned those off). */
  analyzer(field: HTMLElement): Analyzer | null;
  /** What the reply in a field answers: the customer's latest message and the channel, where the site shows them. */
  context?(field: HTMLElement): CustomerContext;
  disableRule(rule: string): void;
  /** Whether the agent may turn a rule off (not one their organisation's policy locks). */
  canDisable?(rule: string): boolean;
  /** The agent's "ignore everywhere": these words are never flagged again (the host keeps the list). */
  ignoreEverywhere?(phrase: string): void;
  /** Coaching events, counts only (never text): the insights. */
  onEvent?(event: { kind: 'applied' | 'ignored' | 'shown'; rule: string }): void;
  /** Each report shown for a field, for the insights (which keep counts only). */
  onReport?(field: HTMLElement, report: Report): void;
}

export interface Coach {
  /** Re-analyses the active field, e.g. after the analyzer changed (a pack update, a rule turned off). */
  refresh(): void;
  readonly active: Field | null;
  latest(): Report | null;
}
