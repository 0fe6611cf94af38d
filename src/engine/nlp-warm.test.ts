// A file of its own: compromise's warm-up is once per page (module state), and other tests parse sentences.
import { describe, expect, it } from 'vitest';
import { parseSentence, warmUp } from './nlp';

describe('warmUp', () => {
  it('parses compromise’s own patterns while there is time, and stops when there is not', () => {
    expect(warmUp(() => false)).toBe(false);
    let steps = 0;
    expect(warmUp(() => steps++ < 10)).toBe(false);
    expect(steps).toBe(11);
    expect(warmUp(() => true)).toBe(true);
    expect(warmUp(() => false)).toBe(true); // nothing left
  });

  it('leaves the tagger’s judgement as it was', () => {
    const terms = parseSentence('You failed to attach the invoice, so we could not refund it.').json()[0]
      .terms as Array<{ text: string; tags: string[] }>;
    const tags = Object.fromEntries(terms.map((t) => [t.text, t.tags]));
    expect(tags.failed).toContain('PastTense');
    expect(tags.attach).toContain('Infinitive');
    expect(tags.invoice).toContain('Noun');
    expect(tags.refund).toContain('Verb');
  });
});
