import { CLOSING_SENTENCES, ELEMENT_LABELS, locateElement } from '../elements';
import { phrasesRegex } from '../text';
import type { DraftInput, Element, Emotion, RawMatch, RuleSpecBase, SentenceView } from '../types';
import { asList, type RuleKind } from './kind';

export interface RequireSpec extends RuleSpecBase {
  kind: 'require';
  element: Element;
  /** More cues that count as the element, on top of the engine's own. */
  phrases?: string[];
  /** Only when the customer's message shows one of these emotions, or on this channel. */
  when?: { emotion?: Emotion[]; channel?: 'email' | 'chat' };
  /** Drafts shorter than this are not checked yet (default 8 words): no nagging while the agent starts. */
  minWords?: number;
  label?: string;
}

/** Where a missing element goes, and what surrounds the inserted text so it reads naturally. */
function insertionPoint(element: Element, sentences: readonly SentenceView[]): { at: number; before: string; after: string } {
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

export const requireKind: RuleKind<RequireSpec> = {
  kind: 'require',
  compile(spec, base) {
    const extra = spec.phrases?.length ? phrasesRegex(asList(spec.phrases)) : undefined;
    const emotions = spec.when?.emotion;
    const channel = spec.when?.channel;
    const minWords = spec.minWords ?? 8;
    const label = spec.label ?? ELEMENT_LABELS[spec.element];
    const applies = (input: DraftInput) => {
      if (channel && (input.channel ?? 'email') !== channel) return false;
      if (emotions && !emotions.some((e) => input.customer?.emotions.includes(e))) return false;
      return input.sentences.length > 0;
    };
    const locate = (input: DraftInput) => locateElement(spec.element, input.text, input.sentences, extra);
    const present = (input: DraftInput) => locate(input) !== undefined;
    return {
      ...base,
      element: spec.element,
      locate,
      checklist: (input) => (applies(input) ? { rule: base.rule, element: spec.element, label, present: present(input) } : undefined),
      draft: (input): RawMatch[] => {
        if (!applies(input) || present(input)) return [];
        const words = input.sentences.reduce((n, s) => n + s.words, 0);
        if (words < minWords) return [];
        const { at, before, after } = insertionPoint(spec.element, input.sentences);
        return [{ start: at, end: at, exact: true, suggestions: base.suggest.map((s) => before + s + after), data: { emotion: input.customer?.emotion ?? '' } }];
      },
    };
  },
};
