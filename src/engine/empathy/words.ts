/**
 * Cue phrases as word lists, not hand-written regular expressions: a trainer or a reviewer reads a list of
 * phrases, and one function turns it into a single word-bounded alternation, compiled once when the module loads.
 *
 * A phrase may name a slot in braces, `{feeling}`, replaced by the slot's own list; `{very*}` means "any number of
 * these, or none" (so "so so sorry" and "sorry" both match "{very*}sorry"). Phrases match the normalised sentence
 * (see `normaliseForCues`), so they are written lower-case with straight apostrophes and one space between words;
 * `{number}` is any number or range of numbers ("3", "3-5").
 */

export type Slots = Readonly<Record<string, readonly string[]>>;

// `{number}`: digits, or a range of them ("3-5")
const NUMBER = '\\d+(?:\\s*-\\s*\\d+)?';

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

function alternation(list: readonly string[], slots: Slots): string {
  // longest first, so "so sorry for your loss" wins over "so sorry" inside one alternation
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((p) => phraseSource(p, slots))
    .join('|');
}

function phraseSource(phrase: string, slots: Slots): string {
  return phrase
    .split(/(\{[a-z-]+\*?\} ?)/)
    .map((part) => {
      const slot = /^\{([a-z-]+)(\*?)\}( ?)$/.exec(part);
      if (!slot) return escape(part).replace(/ /g, '\\s+');
      if (slot[1] === 'number') return NUMBER + (slot[3] ? '\\s*' : '');
      const list = slots[slot[1]];
      if (!list) throw new Error(`cue phrase "${phrase}": no slot named {${slot[1]}}`);
      const body = `(?:${alternation(list, slots)})`;
      // a repeated slot carries its own trailing space: "{very*}sorry" is "(?:(?:so|really) )*sorry"
      return slot[2] ? `(?:${body}\\s+)*` : body + (slot[3] ? '\\s+' : '');
    })
    .join('');
}

/** One regular expression (global, for `says`) for a list of phrases, each word-bounded at both ends. */
export function phraseList(list: readonly string[], slots: Slots = {}): RegExp {
  return new RegExp(`\\b(?:${alternation(list, slots)})(?!\\w)`, 'g');
}

/** Like `phraseList`, anchored at the start of the (normalised) sentence. */
export function openingList(list: readonly string[], slots: Slots = {}): RegExp {
  return new RegExp(`^(?:${alternation(list, slots)})(?!\\w)`);
}

// Everyday typing the cues should read like the careful spelling: "im so sorry", "u", "thx", "sooo".
const TYPOS: ReadonlyArray<[RegExp, string]> = [
  [/[‘’`´]/g, "'"],
  [/[“”]/g, '"'],
  [/\bim\b/g, "i'm"],
  [/\bive\b/g, "i've"],
  [/\bdont\b/g, "don't"],
  [/\bcant\b/g, "can't"],
  [/\bthats\b/g, "that's"],
  [/\byoure\b/g, "you're"],
  [/\byouve\b/g, "you've"],
  [/\bu\b/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\b(?:sry|soz)\b/g, 'sorry'],
  [/\bso{2,}\b/g, 'so'],
  [/\bsorry+\b/g, 'sorry'],
  [/\breally+\b/g, 'really'],
  [/\b(?:thx|thanx|ty)\b/g, 'thanks'],
];

// Words inside double quotes are mentioned, not said: `avoid "sorry for the inconvenience"`.
const QUOTED = /"[^"]{1,80}"/g;

/** The sentence as cue lists read it: lower case, straight apostrophes, common typos mended, quotations removed. */
export function normaliseForCues(sentence: string): string {
  let s = sentence.toLowerCase();
  for (const [re, to] of TYPOS) s = s.replace(re, to);
  return s.replace(QUOTED, '"…"').replace(/\s+/g, ' ').trim();
}

// A cue right after one of these is negated or talked about, not performed: "not sorry", "you say sorry too
// often", "without thanking", "the word sorry", "never apologise".
const NOT_SAID =
  /(?:\b(?:not|never|no|without|hardly|say|says|said|saying|word|words|use|using|write|writing|stop|instead of)|n't)\s+(?:\w+\s+)?$/;
// …unless that word belongs to the cue's own frame ("happy to help", "sorry to hear").
const FRAMES_OK = /\b(?:i'm|i am|we're|we are|so|really|very|truly|just|am|is|was|be|been)\s+$/;

/** True when a cue matched at `index` of the normalised sentence is performed, not negated or mentioned. */
export function isSaid(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 24), index);
  return !NOT_SAID.test(before) || FRAMES_OK.test(before);
}

/** Whether a cue list matches the normalised sentence somewhere as a speech act (see `isSaid`). */
export function says(re: RegExp, sentence: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    if (isSaid(sentence, m.index)) return true;
    if (m[0] === '') re.lastIndex++;
  }
  return false;
}
