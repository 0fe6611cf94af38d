/**
 * The names of the score signals the agent reads under a draft ("+5 thanks the customer", "− harsh wording"), by
 * id, in English. A language module names them in its own words for drafts in that language
 * (lang/<code>/labels.ts); any it leaves out stay English. Only the words change: a signal is still
 * `{ label, delta }` in the JSON, and rule ids stay as they are.
 */
import { MECHANISM_LABELS } from './empathy/mechanisms';
import type { Emotion } from './types';

export const SIGNAL_LABELS = {
  // empathy (scores.ts): the mechanisms, then what else adds or takes away
  ...MECHANISM_LABELS,
  'apologises-too-often': 'apologises too often',
  'thanks-customer': 'thanks the customer',
  'time-frame': 'gives a time frame',
  'speaks-to-customer': 'speaks to the customer',
  greets: 'greets',
  'closes-warmly': 'closes warmly',
  'positive-wording': 'positive wording',
  'negative-wording': 'negative wording',
  'blames-customer': 'blames the customer',
  'cold-tone': 'dismissive or cold tone',
  'negative-framing': 'negative framing',
  jargon: 'jargon',
  'missed-empathy': 'missed empathy',
  // tone (tone.ts): wording, courtesy and the harsh findings
  'warm-wording': 'warm wording',
  'harsh-wording': 'harsh wording',
  'no-courtesy': 'no courtesy yet (thanks, greeting, apology, “could you”…)',
  'warm-word': 'a warm word',
  'harsh-word': 'a harsh word',
  'blames-reader': 'blames the reader',
  'cold-wording': 'dismissive or cold wording',
  // cues every language shares (lang/define.ts)
  shouting: 'shouts in capitals',
  'stacked-marks': 'stacked “??” or “?!”',
} as const;

export type SignalId = keyof typeof SIGNAL_LABELS;

export type SignalLabels = Partial<Record<SignalId, string>> & {
  /**
   * "never acknowledges …": `{emotion}` takes the customer's emotion as `emotions` names it ("la frustración del
   * cliente"); without both, the English label.
   */
  'never-acknowledges'?: string;
  emotions?: Partial<Record<Emotion, string>>;
};

/** A signal's name in these labels, or in English. */
export function signalLabel(id: SignalId, labels?: SignalLabels): string {
  return labels?.[id] ?? SIGNAL_LABELS[id];
}

/** "never acknowledges a frustrated customer", or the language's own wording of it. */
export function unacknowledgedLabel(emotion: Emotion, labels?: SignalLabels): string {
  const named = labels?.emotions?.[emotion];
  if (labels?.['never-acknowledges'] && named) return labels['never-acknowledges'].replace('{emotion}', named);
  return `never acknowledges ${/^[aeiou]/i.test(emotion) ? 'an' : 'a'} ${emotion} customer`;
}
