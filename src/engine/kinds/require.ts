import { CLOSING_SENTENCES, ELEMENT_LABELS, locateElement } from '../elements';
import { acknowledgementsFor, emotionLabel } from '../listening/labelling';
import { phrasesRegex, sentenceBody } from '../text';
import type { DraftInput, Element, RawMatch, RuleSpecBase, SentenceView } from '../types';
import { asList, type RuleKind } from './kind';

export interface RequireSpec extends RuleSpecBase {
  kind: 'require';
  element: Element;
  /** More cues that count as the element, on top of the engine's own. */
  phrases?: string[];
  /** Drafts shorter than this are not checked yet (default 8 words): no nagging while the agent starts. */
  minWords?: number;
  label?: string;
  /**
   * Checks order instead of presence: where the reply has the element, it must come before the reply's first
   * sentence with this one ("acknowledge before solving"). A reply without the element is another rule's matter.
   */
  before?: Element;
}

/** Where a missing element goes, and what surrounds the inserted text so it reads naturally. */
export function insertionPoint(
  element: Element,
  sentences: readonly SentenceView[],
): { at: number; before: string; after: string } {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  switch (element) {
    case 'greeting':
      return { at: first.start, before: '', after: '\n\n' };
    case 'closing':
      return { at: last.end, before: '\n\n', after: '' };
    case 'next-step':
    case 'time-frame': {
      // the end of the body: before the sign-off ("Best," and the name lines under it) if there is one
      let closing = -1;
      for (let i = sentences.length - 1; i >= Math.max(1, sentences.length - CLOSING_SENTENCES) && closing < 0; i--) {
        if (sentences[i].elements.has('closing')) closing = i;
      }
      const body = closing > 0 ? sentences[closing - 1] : last;
      return { at: body.end, before: ' ', after: '' };
    }
    default: {
      // acknowledgement, apology, thanks: open the body, after the greeting line
      const body = first.elements.has('greeting') && sentences.length > 1 ? sentences[1] : first;
      return { at: body.start, before: '', after: ' ' };
    }
  }
}

/**
 * An acknowledgement naming the feeling that was read, at its strength, before the rule's own; for grief only
 * the condolences (a stock "so frustrating" would wound).
 */
function acknowledgementSuggestions(input: DraftInput, own: readonly string[]): string[] {
  const { customer } = input;
  // the customer's problem said back in their words comes first: it shows the message was read
  const reflective = input.reflection?.openings.slice(0, 1) ?? [];
  const named = acknowledgementsFor(customer);
  if (customer?.emotion === 'sad') return [...new Set([...reflective, ...(named.length ? named : own)])].slice(0, 3);
  return [...new Set([...reflective, ...named, ...own])].slice(0, 3);
}

export const requireKind: RuleKind<RequireSpec> = {
  kind: 'require',
  schema: {
    required: ['element'],
    properties: {
      element: { $ref: '#/$defs/element' },
      phrases: { type: 'array', minItems: 1, maxItems: 200, items: { $ref: '#/$defs/phrase' } },
      label: { $ref: '#/$defs/nonEmptyString' },
      minWords: { type: 'integer', minimum: 0 },
      before: {
        $ref: '#/$defs/element',
        description:
          "Checks order instead of presence: the element, where the reply has it, must come before the reply's first sentence with this element.",
      },
    },
  },
  compile(spec, base) {
    const extra = spec.phrases?.length ? phrasesRegex(asList(spec.phrases)) : undefined;
    const minWords = spec.minWords ?? 8;
    const label = spec.label ?? ELEMENT_LABELS[spec.element];
    // the rule's `when` (emotion, channel) is the analyzer's to apply, as for every kind
    const locate = (input: DraftInput) => locateElement(spec.element, input.text, input.sentences, extra);
    const wordsOf = (input: DraftInput) => input.sentences.reduce((n, s) => n + s.words, 0);
    if (spec.before) {
      const later = spec.before;
      return {
        ...base,
        element: spec.element,
        locate,
        draft: (input): RawMatch[] => {
          const found = locate(input);
          const first = found && locateElement(later, input.text, input.sentences);
          if (!found || !first || first.start >= found.start || wordsOf(input) < minWords) return [];
          const [start, end] = sentenceBody(found.text);
          return [
            {
              start: found.start + start,
              end: found.start + end,
              data: { emotion: emotionLabel(input.customer), element: label },
            },
          ];
        },
      };
    }
    const present = (input: DraftInput) => locate(input) !== undefined;
    return {
      ...base,
      element: spec.element,
      locate,
      checklist: (input) =>
        input.sentences.length ? { rule: base.rule, element: spec.element, label, present: present(input) } : undefined,
      draft: (input): RawMatch[] => {
        if (!input.sentences.length || present(input) || wordsOf(input) < minWords) return [];
        const { at, before, after } = insertionPoint(spec.element, input.sentences);
        const suggest =
          spec.element === 'acknowledgement' ? acknowledgementSuggestions(input, base.suggest) : base.suggest;
        return [
          {
            start: at,
            end: at,
            exact: true,
            suggestions: suggest.map((s) => before + s + after),
            data: { emotion: emotionLabel(input.customer) },
          },
        ];
      },
    };
  },
};
