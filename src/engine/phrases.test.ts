import { describe, expect, it } from 'vitest';
import { phraseIndex } from './phrases';

/** The matched texts, as "text#phrase index". */
const found = (phrases: string[], text: string) =>
  phraseIndex(phrases)(text).map(([s, e, i]) => `${text.slice(s, e)}#${i}`);

describe('phraseIndex', () => {
  it('matches whole words in any case, any whitespace, and either apostrophe', () => {
    expect(found(["we can't", 'no problem'], 'We can’t do that. No\nproblem! Nope, no problems.')).toEqual([
      'We can’t#0',
      'No\nproblem#1',
    ]);
  });

  it('never matches inside a longer word', () => {
    expect(found(['just'], 'adjust justly just_in just')).toEqual(['just#0']);
  });

  it('prefers the longest phrase at the same place, and matches do not overlap', () => {
    expect(
      found(['sorry', 'sorry for the inconvenience', 'the inconvenience'], 'Sorry for the inconvenience.'),
    ).toEqual(['Sorry for the inconvenience#1']);
  });

  it('treats punctuation in phrases literally', () => {
    expect(found(['(sic)', 'a.b', '24/7'], 'axb (sic) a.b 24/7 24/78')).toEqual(['(sic)#0', 'a.b#1', '24/7#2']);
  });

  it('expands contractions on both sides, as match rules do', () => {
    expect(found(['you should have read'], 'You should’ve read it. You should have read it.')).toEqual([
      'You should’ve read#0',
      'You should have read#0',
    ]);
    expect(found(["you should've read"], 'you should have read it')).toEqual(['you should have read#0']);
    expect(found(["can't"], 'I cannot, I can not, I can’t.')).toEqual(['cannot#0', 'can not#0', 'can’t#0']);
    expect(found(['we will not'], "We won't.")).toEqual(["We won't#0"]);
    expect(found(['i would like'], "I'd like that")).toEqual(["I'd like#0"]);
    expect(found(['it is not possible'], "It's not possible. It isn't possible.")).toEqual([
      "It's not possible#0",
      "It isn't possible#0",
    ]);
    expect(found(['it is'], "It isn't.")).toEqual([]); // a match never ends inside a word: "is" of "isn't" is not "is"
  });

  it('gives each phrase as written its own entry when two read the same', () => {
    expect(found(["I'll try to", 'I will try to'], "I will try to. I'll try to.")).toEqual([
      'I will try to#1',
      "I'll try to#0",
    ]);
  });

  it('does not read a negative as its positive, nor a possessive as "is"', () => {
    expect(found(['i can'], "I can't help.")).toEqual([]);
    expect(found(['customer is'], "The customer's order")).toEqual([]);
    // a possessive's stem is still the word: a glossary entry flags "SLA's"
    expect(found(['sla'], "The SLA's terms")).toEqual(['SLA#0']);
  });

  it('costs the same whatever the number of phrases: a lookup, not an alternation', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `phrase number ${i}`);
    const match = phraseIndex([...many, 'per my last email']);
    const text = 'As per my last email, the phrase number is not listed. '.repeat(20);
    const started = performance.now();
    for (let i = 0; i < 50; i++) match(`${text}${i}`);
    expect(match(text)).toHaveLength(20);
    expect(performance.now() - started).toBeLessThan(2000); // the alternation took 300 ms for one such call
  });
});
