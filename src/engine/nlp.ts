/**
 * The one place that talks to compromise. `compromise/two` has the tagger (#Verb, #Noun…) that match patterns
 * need, without the larger `three` plugins we never use.
 */
import nlp from 'compromise/two';

export type NlpDoc = ReturnType<typeof nlp>;
export type ParsedMatch = ReturnType<typeof nlp.parseMatch>;

export function parseSentence(text: string): NlpDoc {
  const doc = nlp(text);
  warm.done = true;
  return doc;
}

/**
 * compromise's first parse builds its post-tagger: it parses a few hundred match patterns of its own model in
 * one go (about 50 ms in Node, several times that in a busy page), a long task at the moment the agent focuses
 * a field. `warmUp` parses those patterns ahead, a few at a time, while `more()` says there is time; the
 * tagger's own build then finds each one parsed. Each parse is handed out once, exactly as a fresh parse would be.
 * Returns true when nothing is left to warm.
 */
export function warmUp(more: () => boolean): boolean {
  if (warm.done) return true;
  const world = nlp.world() as unknown as CompromiseWorld;
  const matches = world.model.two?.matches;
  if (!matches || !world.methods.one.parseMatch) return (warm.done = true);
  if (!warm.installed) {
    const parse = world.methods.one.parseMatch;
    world.methods.one.parseMatch = (pattern, options, w) => {
      const ready = warm.parsed.get(pattern);
      if (ready?.length && options && Object.keys(options).length === 0) return ready.pop();
      return parse(pattern, options, w);
    };
    warm.parse = parse;
    warm.installed = true;
  }
  while (warm.next < matches.length) {
    if (!more()) return false;
    for (const pattern of [matches[warm.next].match, matches[warm.next].notIf]) {
      if (typeof pattern !== 'string') continue;
      const list = warm.parsed.get(pattern) ?? [];
      list.push(warm.parse!(pattern, {}, world));
      warm.parsed.set(pattern, list);
    }
    warm.next++;
  }
  // then the first parses, which compile the tokenizer's and tagger's code and build the tagger's net: growing
  // texts, a step each
  while (warm.text < WARM_TEXTS.length) {
    if (!more()) return false;
    nlp(WARM_TEXTS[warm.text++]).json();
  }
  return (warm.done = true);
}

interface CompromiseWorld {
  model: { two?: { matches?: Array<{ match: string; notIf?: string }> } };
  methods: { one: { parseMatch?: (pattern: string, options: object, world: unknown) => unknown } };
}

const WARM_TEXTS = [
  'Hi',
  'Thanks, Sam.',
  'We are still looking into it and I will update you today.',
  'You’re right: we can’t refund it, sorry!',
];

const warm: {
  done: boolean;
  installed: boolean;
  next: number;
  text: number;
  parsed: Map<string, unknown[]>;
  parse?: (pattern: string, options: object, world: unknown) => unknown;
} = {
  done: false,
  installed: false,
  next: 0,
  text: 0,
  parsed: new Map(),
};

/**
 * Parses a compromise match pattern once, when the pack loads. compromise accepts almost any string, so the
 * structural mistakes it would silently read as literal words are caught here.
 */
export function parseMatchPattern(pattern: string): ParsedMatch {
  const problem = checkMatchSyntax(pattern);
  if (problem) throw new Error(problem);
  const parsed = nlp.parseMatch(pattern);
  if (!parsed.length) throw new Error('the pattern matches nothing');
  return parsed;
}

function checkMatchSyntax(pattern: string): string | undefined {
  if (!pattern.trim()) return 'the pattern is empty';
  const closers: Record<string, string> = { ')': '(', ']': '[', '}': '{', '>': '<' };
  const stack: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '/') {
      // a /regex/ term: skip to its closing slash
      const close = pattern.indexOf('/', i + 1);
      if (close < 0) return `unclosed /regex/ term at character ${i + 1}`;
      i = close;
      continue;
    }
    if (c === '(' || c === '[' || c === '{' || c === '<') stack.push(c);
    else if (c in closers) {
      if (stack.pop() !== closers[c]) return `unbalanced "${c}" at character ${i + 1}`;
    }
  }
  if (stack.length) return `unclosed "${stack[stack.length - 1]}"`;
  if (/\(\s*\|/.test(pattern) || /\|\s*\)/.test(pattern) || /\(\s*\)/.test(pattern))
    return 'an empty alternative inside ( | )';
  if (/(^|\s)#(\s|$)/.test(pattern)) return 'a "#" with no tag name';
  return undefined;
}

/**
 * Literal words that every match of the pattern must contain. A sentence lacking any of them cannot match, so it
 * is never parsed by compromise for this rule: parsing is the engine's most expensive step.
 */
// compromise expands contractions ("won't" → "will not", "I'm" → "i am"), so these words can match without being
// written: they are never used to skip a sentence.
const CONTRACTION_WORDS = new Set([
  'not',
  'will',
  'would',
  'had',
  'have',
  'has',
  'is',
  'am',
  'are',
  'us',
  'shall',
  'do',
  'does',
  'did',
  'cannot',
  'can',
]);

export function requiredWords(parsed: ParsedMatch): string[] {
  const words: string[] = [];
  const literal = (w: string) => /^[a-z]+$/.test(w) && !CONTRACTION_WORDS.has(w);
  for (const term of parsed as Array<Record<string, unknown>>) {
    if (term.optional || term.negative) continue;
    if (typeof term.word === 'string' && literal(term.word)) words.push(term.word);
    else if (term.operator === 'or' && term.fastOr instanceof Set && term.fastOr.size) {
      // an alternation of words: keep the set, checked as "any of"
      const alternatives = [...(term.fastOr as Set<string>)].filter(literal);
      if (alternatives.length === term.fastOr.size) words.push(alternatives.join('|'));
    }
  }
  return words;
}

export function matchOffsets(doc: NlpDoc, parsed: ParsedMatch, text: string): Array<[number, number]> {
  const found = doc.match(parsed).json({ offset: true, text: false, terms: false } as never) as Array<{
    offset: { start: number; length: number };
  }>;
  return found.map(({ offset }) => trimPunctuation(text, offset.start, offset.start + offset.length));
}

/** compromise counts a term's trailing punctuation ("reply.") as part of it; the finding is the words only. */
function trimPunctuation(text: string, start: number, end: number): [number, number] {
  while (end > start && /[\s.,;:!?…"”)\]]/.test(text[end - 1])) end--;
  while (start < end && /[\s"'“‘([]/.test(text[start])) start++;
  return [start, end];
}
