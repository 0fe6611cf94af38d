/**
 * Emotional labelling: naming the feeling the customer's message shows, at its strength. "The customer sounds very
 * worried" reads truer than "sounds anxious", and an acknowledgement that names the right feeling ("I'm so sorry
 * for your loss") lands where a stock one ("I can see why this has been so frustrating") would hurt.
 */
import type { CustomerReading, Emotion } from '../types';

/** Feelings a reply should acknowledge before anything else. */
const UPSET_EMOTIONS: ReadonlySet<Emotion> = new Set<Emotion>(['frustrated', 'angry', 'anxious', 'sad']);

/**
 * Whether the customer shows a feeling to acknowledge, among all those read: the test of `core/acknowledge-feelings`
 * (`when: emotion: [frustrated, angry, anxious, sad]` matches any of the reading's emotions), of the empathy
 * model's "never acknowledges", and of the reflection hint's giving way to the acknowledgement.
 */
export const isUpset = (reading: CustomerReading | undefined): boolean =>
  reading?.emotions.some((e) => UPSET_EMOTIONS.has(e)) ?? false;

/** How a coaching message names the customer's feeling: "very frustrated", "a little confused", "grieving". */
export function emotionLabel(reading: CustomerReading | undefined): string {
  if (!reading) return '';
  const strong = reading.intensity === 'strong';
  switch (reading.emotion) {
    case 'angry':
      return strong ? 'angry' : 'annoyed';
    case 'frustrated':
      return strong ? 'very frustrated' : 'frustrated';
    case 'anxious':
      return strong ? 'very worried' : 'worried';
    case 'sad':
      return grieving(reading) ? 'grieving' : strong ? 'very upset' : 'sad';
    case 'confused':
      return strong ? 'confused' : 'a little confused';
    case 'happy':
      return strong ? 'delighted' : 'happy';
    default:
      return reading.emotion;
  }
}

/**
 * The customer's feelings as the agent reads them: the main one at its strength, then the others ("very
 * frustrated, anxious"); null for a neutral message.
 */
export function customerFeeling(reading: CustomerReading | undefined): string | null {
  if (!reading || reading.emotion === 'neutral') return null;
  return [emotionLabel(reading), ...reading.emotions.filter((e) => e !== reading.emotion)].join(', ');
}

const GRIEF = /\b(?:passed|died|death|funeral|bereave|griev|grief|loss|lost (?:my|our)|late)\b/;
const grieving = (reading: CustomerReading) => reading.cues.some((cue) => GRIEF.test(cue));

/**
 * Acknowledgements that name the customer's feeling at its strength, best first. Grief gets condolence, never
 * "frustrating"; worry gets reassurance; a mild feeling a light touch, not an apology storm.
 */
export function acknowledgementsFor(reading: CustomerReading | undefined): string[] {
  if (!reading) return [];
  const strong = reading.intensity === 'strong';
  switch (reading.emotion) {
    case 'angry':
      return strong
        ? [
            "I completely understand why you're angry, and I'm sorry.",
            "You have every right to be upset about this, and I'm sorry.",
          ]
        : ["I understand why you're annoyed, and I'm sorry about it."];
    case 'frustrated':
      return strong
        ? ['I can see why this has been so frustrating, and I’m sorry.', "I'm really sorry you've had to chase this."]
        : ['I can see why this has been frustrating.', "I'm sorry for the hassle."];
    case 'anxious':
      return strong
        ? [
            'I understand how worrying this is, and I want to put your mind at rest.',
            'I can imagine how stressful this has been.',
          ]
        : ['I understand why you’d want to check, and I’m glad you asked.'];
    case 'sad':
      return grieving(reading)
        ? ["I'm so sorry for your loss.", "I'm very sorry for your loss, and I'll take care of this for you."]
        : strong
          ? ["I'm so sorry you're going through this."]
          : ["I'm sorry to hear that."];
    default:
      return [];
  }
}
