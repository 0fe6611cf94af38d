import { matchOffsets, parseMatchPattern, parseSentence, requiredWords, type NlpDoc } from '../nlp';
import type { RawMatch, RuleSpecBase } from '../types';
import { asList, RuleFieldError, type RuleKind } from './kind';

export interface MatchSpec extends RuleSpecBase {
  kind: 'match';
  /** compromise match syntax, e.g. "you (forgot|failed|neglected) to #Verb". */
  match: string | string[];
}

export const match: RuleKind<MatchSpec> = {
  kind: 'match',
  schema: { required: ['match'], properties: { match: { $ref: '#/$defs/expressionList' } } },
  compile(spec, base) {
    const patterns = asList(spec.match).map((source, i) => {
      const field = Array.isArray(spec.match) ? `match[${i}]` : 'match';
      let parsed;
      try {
        parsed = parseMatchPattern(source);
      } catch (error) {
        throw new RuleFieldError(field, `bad compromise pattern "${source}": ${(error as Error).message}`);
      }
      // Each entry is "any of these words", all entries required.
      const required = requiredWords(parsed).map((alternatives) => alternatives.split('|'));
      return { parsed, required };
    });
    return {
      ...base,
      sentence: (input): RawMatch[] => {
        const out: RawMatch[] = [];
        const { text, doc } = matchedPart(input.text, input.doc);
        const lower = text === input.text ? input.lower : text.toLowerCase();
        for (const { parsed, required } of patterns) {
          if (!required.every((any) => any.some((word) => lower.includes(word)))) continue;
          // a match of punctuation only trims to nothing: no empty finding
          for (const [start, end] of matchOffsets(doc(), parsed, text)) if (end > start) out.push({ start, end });
        }
        return out;
      },
    };
  },
};

/**
 * The longest stretch of one sentence that match rules read. compromise's matching grows faster than the text: a
 * 2 KB run-on sentence cost 91 ms a keystroke, 160 KB without a full stop took minutes. Past this length (a run-on
 * the sentence-length rule already flags), match rules read only the sentence's first MAX_MATCH_CHARS characters,
 * cut at a space, so one sentence never costs more than a few milliseconds.
 */
export const MAX_MATCH_CHARS = 400;

let lastLong: { text: string; doc: NlpDoc } | undefined;
function matchedPart(text: string, doc: () => NlpDoc): { text: string; doc: () => NlpDoc } {
  if (text.length <= MAX_MATCH_CHARS) return { text, doc };
  const space = text.lastIndexOf(' ', MAX_MATCH_CHARS);
  const head = text.slice(0, space > MAX_MATCH_CHARS / 2 ? space : MAX_MATCH_CHARS);
  // every match rule reads the same head in turn: parse it once
  return {
    text: head,
    doc: () => (lastLong?.text === head ? lastLong.doc : (lastLong = { text: head, doc: parseSentence(head) }).doc),
  };
}
