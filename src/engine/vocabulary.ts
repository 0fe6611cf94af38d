/** The closed lists packs, reports and the schema name: categories, severities, emotions, reply elements. */

export const CATEGORIES = [
  'empathy',
  'listening',
  'tone',
  'positive-language',
  'jargon',
  'blame',
  'clarity',
  'structure',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['hint', 'suggestion', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * What a pack's `when` and a scenario may name. 'urgent' is kept for packs written before urgency became its own
 * flag: a reading never gives it as an emotion, and `when: { emotion: [urgent] }` tests the reading's `urgent`.
 */
export const EMOTIONS = ['frustrated', 'angry', 'confused', 'anxious', 'sad', 'urgent', 'happy', 'neutral'] as const;
export type Emotion = (typeof EMOTIONS)[number];
/** The emotions a customer reading gives (urgency is the reading's own flag). */
export type ReadEmotion = Exclude<Emotion, 'urgent'>;
export const INTENSITIES = ['mild', 'strong'] as const;
export type Intensity = (typeof INTENSITIES)[number];

export const ELEMENTS = [
  'greeting',
  'acknowledgement',
  'apology',
  'thanks',
  'next-step',
  'time-frame',
  'closing',
] as const;
export type Element = (typeof ELEMENTS)[number];
