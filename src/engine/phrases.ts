/**
 * Literal phrases matched as sequences of words, looked up in a trie: the cost per keystroke depends on the
 * sentence and the longest phrase, not on how many phrases a pack lists (one alternation regex of 100,000 phrases
 * cost 304 ms a keystroke). Contractions are expanded on both sides, as compromise does for `match` rules, so a
 * rule listing "you should have read" also flags "you should've read", and the other way round.
 */

/** A word (letters, marks, digits, inner apostrophes) or a single character of punctuation. */
const TOKEN_RE = /[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}\p{N}_]+)*|[^\s\p{L}\p{M}\p{N}_]/gu;

/** "'s" is "is" or "has" after these; after any other word it is a possessive ("the customer's"). */
const S_IS = new Set([
  'it',
  'that',
  'what',
  'there',
  'here',
  'he',
  'she',
  'who',
  'where',
  'how',
  'when',
  'why',
  'everything',
  'nothing',
  'something',
  'everyone',
  'someone',
  'this',
]);
const SUFFIXES: Record<string, string[]> = { ve: ['have'], re: ['are'], ll: ['will'], m: ['am'], d: ['would', 'had'] };
const NOT_STEMS: Record<string, string[][]> = {
  ca: [['can', 'not'], ['cannot']],
  wo: [['will', 'not']],
  sha: [['shall', 'not']],
};

/** One way to read a word: the words it stands for, and where a match that ends with it ends (a possessive's stem). */
interface Reading {
  words: string[];
  /** Set when the reading covers only the start of the token ("customer" of "customer's"): a match ends there. */
  end?: number;
}

interface Unit {
  start: number;
  end: number;
  readings: Reading[];
}

interface TrieNode {
  next?: Map<string, TrieNode>;
  /** Index of the phrase that ends here (the first listed, when two read the same). */
  phrase?: number;
}

const normaliseWord = (word: string) => word.toLowerCase().replace(/’/g, "'");

/** The readings of one token: itself, and what a contraction stands for. */
function readingsOf(token: string, start: number, side: 'phrase' | 'text'): Reading[] {
  const word = normaliseWord(token);
  const out: Reading[] = [{ words: [word] }];
  if (word === 'cannot') out.push({ words: ['can', 'not'] });
  const not = /^(.+)n't$/.exec(word);
  if (not) {
    for (const words of NOT_STEMS[not[1]] ?? [[not[1], 'not']]) out.push({ words });
    return out;
  }
  const contraction = /^(.+)'([a-z]+)$/.exec(word);
  if (!contraction) return out;
  const [, stem, suffix] = contraction;
  if (word === "let's") out.push({ words: ['let', 'us'] });
  else if (suffix === 's' && S_IS.has(stem)) out.push({ words: [stem, 'is'] }, { words: [stem, 'has'] });
  else if (suffix === 's' && side === 'text') out.push({ words: [stem], end: start + token.length - 2 });
  else for (const expanded of SUFFIXES[suffix] ?? []) out.push({ words: [stem, expanded] });
  return out;
}

function tokenize(text: string, side: 'phrase' | 'text'): Unit[] {
  const units: Unit[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    units.push({ start: m.index, end: m.index + m[0].length, readings: readingsOf(m[0], m.index, side) });
  }
  return units;
}

/** Every word sequence a phrase may be read as (capped: a phrase of many contractions does not multiply without end). */
const MAX_READINGS = 64;
function phraseReadings(phrase: string): string[][] {
  let sequences: string[][] = [[]];
  for (const unit of tokenize(phrase, 'phrase')) {
    const next: string[][] = [];
    for (const sequence of sequences) {
      for (const reading of unit.readings) if (next.length < MAX_READINGS) next.push([...sequence, ...reading.words]);
    }
    sequences = next;
  }
  return sequences.filter((s) => s.length);
}

let lastText: string | undefined;
let lastUnits: Unit[] = [];
/** Every phrase rule reads the same sentence in turn: tokenize it once. */
function textUnits(text: string): Unit[] {
  if (text !== lastText) {
    lastUnits = tokenize(text, 'text');
    lastText = text;
  }
  return lastUnits;
}

export type PhraseMatch = [start: number, end: number, phrase: number];

/**
 * A matcher for a list of phrases: whole words, any case, any spacing, either apostrophe, contractions expanded.
 * At each place the longest phrase wins; matches do not overlap.
 */
export function phraseIndex(phrases: readonly string[]): (text: string) => PhraseMatch[] {
  const root: TrieNode = {};
  const insert = (words: string[], index: number) => {
    let node = root;
    for (const word of words) {
      node.next ??= new Map();
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = {}));
      node = child;
    }
    node.phrase ??= index;
  };
  const readings = phrases.map(phraseReadings);
  // each phrase as written first: where two listed phrases read the same ("I'll try to", "I will try to"), the text
  // the agent wrote finds its own entry (and its own replacement), not its twin's
  readings.forEach(([asWritten], index) => asWritten && insert(asWritten, index));
  readings.forEach((all, index) => all.slice(1).forEach((words) => insert(words, index)));
  return (text) => {
    const units = textUnits(text);
    const out: PhraseMatch[] = [];
    let best: PhraseMatch | undefined;
    const walk = (node: TrieNode, at: number, start: number) => {
      const unit = units[at];
      if (!unit) return;
      for (const reading of unit.readings) {
        let n: TrieNode | undefined = node;
        for (const word of reading.words) n = n?.next?.get(word);
        if (!n) continue;
        const end = reading.end ?? unit.end;
        if (n.phrase !== undefined && (!best || end > best[1])) best = [start, end, n.phrase];
        if (reading.end === undefined && n.next) walk(n, at + 1, start);
      }
    };
    for (let i = 0; i < units.length; i++) {
      if (out.length && units[i].start < out[out.length - 1][1]) continue;
      best = undefined;
      walk(root, i, units[i].start);
      if (best) out.push(best);
    }
    return out;
  };
}
