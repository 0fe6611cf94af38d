/**
 * Which language a text is written in, by paragraph. The detector is eld (Efficient Language Detector, its
 * "extrasmall" n-gram table, Apache-2.0), chosen by measurement on short replies (docs/languages.md): the most
 * accurate of the candidates on our languages, the fastest, and half the size of cld3-asm.
 *
 * A draft is read line by line (a paragraph, a greeting line, a sign-off), each line's answer cached by its text:
 * typing re-detects only the line that changed. Lines too short to tell ("Hola Ana,", "Thanks!") take the
 * draft's language, decided by the lines that can tell, weighted by their letters.
 */
import { eld } from 'eld/extrasmall';

export interface Detection {
  /** ISO 639-1 code, or '' when the detector cannot say. */
  language: string;
  /** Whether the text is long and clear enough to trust the answer. */
  reliable: boolean;
  letters: number;
}

export interface Paragraph {
  start: number;
  end: number;
  text: string;
  detection: Detection;
}

/** Below this many letters a line's language is not trusted on its own (measured: see docs/languages.md). */
export const MIN_RELIABLE_LETTERS = 16;

// Set up on first use rather than on import: a bundle that never detects (the background, which only checks
// packs) then leaves eld's table out (see the tree-shaking note in wxt.config.ts).
let cleanupEnabled = false;
function detector(): typeof eld {
  if (!cleanupEnabled) {
    eld.enableTextCleanup(true);
    cleanupEnabled = true;
  }
  return eld;
}

const LETTER = /\p{L}/gu;
const CACHE_SIZE = 2000;
const cache = new Map<string, Detection>();
let detectorRuns = 0;

/** How many times the detector itself has run (cache misses): the bench checks it runs once per changed line. */
export function detectorRunCount(): number {
  return detectorRuns;
}

export function detectLanguage(text: string): Detection {
  const hit = cache.get(text);
  if (hit) {
    // least recently used goes first: the lines of a long draft stay cached however long the agent types
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const letters = text.match(LETTER)?.length ?? 0;
  let detection: Detection = { language: '', reliable: false, letters };
  if (letters >= 3) {
    detectorRuns++;
    const result = detector().detect(text);
    detection = {
      language: result.language,
      reliable: letters >= MIN_RELIABLE_LETTERS && result.isReliable(),
      letters,
    };
  }
  cache.set(text, detection);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return detection;
}

/** The draft's non-empty lines with their detections (lines quoting an earlier message, "> …", are left out). */
export function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    const end = start + line.length;
    const trimmed = line.trim();
    if (trimmed && !trimmed.startsWith('>')) out.push({ start, end, text: line, detection: detectLanguage(trimmed) });
    start = end + 1;
  }
  return out;
}

/**
 * The language most of the text is written in: the reliable lines' languages weighted by their letters; without
 * one, the longest line's best guess if it is long enough to mean anything; otherwise `fallback`.
 */
export function mainLanguage(lines: readonly Paragraph[], fallback: string): string {
  const votes = new Map<string, number>();
  for (const { detection } of lines) {
    if (detection.reliable && detection.language)
      votes.set(detection.language, (votes.get(detection.language) ?? 0) + detection.letters);
  }
  let best = '';
  let most = 0;
  for (const [language, letters] of votes) if (letters > most) [best, most] = [language, letters];
  if (best) return best;
  const longest = lines.reduce<Paragraph | undefined>(
    (a, b) => (!a || b.detection.letters > a.detection.letters ? b : a),
    undefined,
  );
  if (longest && longest.detection.language && longest.detection.letters >= MIN_RELIABLE_LETTERS)
    return longest.detection.language;
  return fallback;
}
