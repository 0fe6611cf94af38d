/** Plain-text helpers shared by the engine: sentence segmentation, phrase regexes, case keeping, counts. */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

// Abbreviations whose period does not end a sentence (lower-case, without the final period).
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'etc',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'no',
  'approx',
  'incl',
  'dept',
  'est',
  'min',
  'max',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'inc',
  'ltd',
  'co',
  'a.m',
  'p.m',
]);

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const TERMINALS = codes('.!?…');
const CLOSERS = codes('"\'”’)]');

/**
 * Splits text into sentences with UTF-16 offsets. A line break always ends a sentence (greetings, sign-offs and
 * list items stand on their own lines); so do . ! ? … followed by space, except after known abbreviations,
 * inside numbers ("1.5") and in URLs. Leading and trailing whitespace is not part of a sentence.
 */
export function splitSentences(text: string): Segment[] {
  const out: Segment[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  const n = text.length;
  // Character codes, not regexes: this loop runs over the whole draft on every keystroke.
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) {
      push(i);
      continue;
    }
    if (!TERMINALS.has(c)) continue;
    // Take the whole run of terminal punctuation and closing quotes/brackets.
    let j = i + 1;
    while (j < n && (TERMINALS.has(text.charCodeAt(j)) || CLOSERS.has(text.charCodeAt(j)))) j++;
    if (j < n && !isSpace(text.charCodeAt(j))) {
      i = j - 1;
      continue;
    }
    if (c === 46 && j === i + 1 && isAbbreviation(text, i)) continue;
    push(j);
    i = j - 1;
  }
  push(n);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[A-Za-z.]/.test(text[k - 1])) k--;
  const word = text.slice(k, dot).toLowerCase();
  // "No. 5" is a number; "No. Transfers can't be reversed." is a refusal and a sentence of its own.
  if (word === 'no') return /^\s*\d/.test(text.slice(dot + 1, dot + 4));
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital letter ("J. Smith") is an initial.
  return /^[A-Z]$/.test(text.slice(k, dot));
}

export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    code === 9 ||
    code === 10 ||
    code === 13 ||
    code === 160 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f
  );
}

/** Words as the agent would count them: runs of letters/digits with inner apostrophes and hyphens. */
export const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD_RE.lastIndex = 0;
  while (WORD_RE.exec(text)) n++;
  return n;
}

/** Syllables by the usual vowel-group heuristic; good enough for a reading-grade estimate. */
export function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function countSentenceSyllables(text: string): number {
  let n = 0;
  for (const m of text.matchAll(WORD_RE)) n += countSyllables(m[0]);
  return n;
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * A regex source for one literal phrase: case is handled by the flag, any run of spaces matches any whitespace,
 * and straight and curly apostrophes match each other (agents type both; editors convert them).
 */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(REGEX_SPECIAL, '\\$&').replace(/['’]/g, "['’]"))
    .join('\\s+');
}

/** A regex matching any of the phrases as whole words (no letter or digit directly before or after). */
export function phrasesRegex(phrases: readonly string[]): RegExp {
  // Longest first so that "we can't help" wins over "we can't" at the same place.
  const sources = [...phrases].sort((a, b) => b.length - a.length).map(phraseSource);
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${sources.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
}

/** All non-overlapping matches of a global regex, as [start, end) pairs. */
export function allMatches(re: RegExp, text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/**
 * Writes a suggestion in the capitalisation the agent used for the text it replaces. Shouting (several words,
 * or a long word, in capitals) stays shouting; an acronym ("SLA") does not make its replacement shout. At the
 * start of a sentence a capitalised original gives a capitalised suggestion; inside a sentence a capital only
 * means a name or "I", so the suggestion is written in lower case, except "I", an acronym, or a name written
 * in title case ("Response Time Promise").
 */
export function keepCase(original: string, suggestion: string, atSentenceStart = true): string {
  if (!suggestion) return suggestion;
  const letters = original.replace(/[^\p{L}]/gu, '');
  const words = original.trim().split(/\s+/).length;
  if ((words > 1 || letters.length >= 5) && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) {
    return suggestion.toUpperCase();
  }
  const first = original.match(/\p{L}/u)?.[0];
  if (!first) return suggestion;
  const index = suggestion.search(/\p{L}/u);
  if (index < 0) return suggestion;
  if (first === first.toUpperCase() && first !== first.toLowerCase()) {
    if (!atSentenceStart) return lowerFirst(suggestion, index);
    return suggestion.slice(0, index) + suggestion[index].toUpperCase() + suggestion.slice(index + 1);
  }
  return lowerFirst(suggestion, index);
}

function lowerFirst(suggestion: string, index: number): string {
  const firstWord = suggestion.slice(index).match(/^[\p{L}'’]+/u)?.[0] ?? '';
  // "I", an acronym, or a name in title case ("Response Time Promise") keeps its capital
  const titleCase = /^(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(suggestion.slice(index));
  const keepsCapital =
    /^I(?:['’]|$)/.test(firstWord) || (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) || titleCase;
  if (keepsCapital) return suggestion;
  return suggestion.slice(0, index) + suggestion[index].toLowerCase() + suggestion.slice(index + 1);
}

/** Whether nothing but punctuation, quotes or emoji stands before `offset` in its sentence. */
export function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n' || c === '.' || c === '!' || c === '?') return true;
    if (/[\p{L}\p{N}]/u.test(c)) return false;
  }
  return true;
}

/**
 * Fills {name} placeholders in a message; unknown placeholders stay as written. Only the values' own fields count:
 * "{constructor}" in a trainer's message is text, not Object's constructor.
 */
export function fillMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : whole,
  );
}

/** A whole sentence's span without its closing punctuation, so an underline covers the words only. */
export function sentenceBody(text: string): [number, number] {
  let end = text.length;
  while (end > 0 && /[.!?…\s]/.test(text[end - 1])) end--;
  return [0, end];
}

/**
 * A phrase as an agent's ignore list keeps and compares it: trimmed, lower-cased, runs of space as one,
 * curly quotes straight, so "Per my  LAST email" and "per my last email" are the same phrase.
 */
export function normalisePhrase(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
}
