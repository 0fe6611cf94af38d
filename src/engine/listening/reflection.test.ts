import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { createAnalyzer } from '../analyzer';
import { readCustomer } from '../context';
import type { CustomerReading } from '../types';
import { extractQuestions } from './questions';
import { reflectiveOpenings } from './reflection';
import { readSpecifics } from './specifics';

const analyzer = createAnalyzer(BUILTIN_PACKS);
const customerMessage = 'Hi, my parcel arrived damaged and the lid is cracked.';
const stock =
  "Hi Jo,\n\nThanks for reaching out. I'm sorry for any inconvenience. I've looked into it and everything should be working normally now.\n\nBest,\nAna";
const reflect = (report: ReturnType<typeof analyzer.analyze>) =>
  report.findings.filter((f) => f.rule === 'core/reflect-customer');

describe('reflection in a report', () => {
  it('says a stock reply picks nothing up, on its stock apology, offering an apology in the customer’s words', () => {
    const report = analyzer.analyze(stock, { customerMessage });
    expect(report.reflection).toEqual({ picksUp: false, quote: 'my parcel arrived damaged and the lid is cracked' });
    const [finding] = reflect(report);
    expect(stock.slice(finding.start, finding.end)).toBe("I'm sorry for any inconvenience.");
    expect(finding.severity).toBe('hint');
    expect(finding.message).toContain('“my parcel arrived damaged and the lid is cracked”');
    expect(finding.suggestions).toEqual([
      "I'm sorry that your parcel arrived damaged and the lid is cracked.",
      'I understand that your parcel arrived damaged and the lid is cracked.',
    ]);
  });

  it('clears once the reply takes up the customer’s words, or a synonym of them', () => {
    for (const body of [
      "I'm sorry your parcel arrived damaged. I've sent a new one today.",
      "I'm sorry the package reached you broken. I've sent a new one today and it should come on Monday.",
    ]) {
      const report = analyzer.analyze(`Hi Jo,\n\n${body}\n\nBest,\nAna`, { customerMessage });
      expect(report.reflection?.picksUp, body).toBe(true);
      expect(reflect(report), body).toEqual([]);
    }
  });

  it('waits while the reply is short, and says nothing without a customer message', () => {
    expect(analyzer.analyze('Hi Jo,\n\nThanks for reaching out.', { customerMessage }).reflection).toBeUndefined();
    expect(analyzer.analyze(stock).reflection).toBeUndefined();
    expect(reflect(analyzer.analyze(stock))).toEqual([]);
  });

  it('counts a number the customer gave, said back, as picking up', () => {
    const message = 'Where is order #55812? It was due last week.';
    const reply =
      'Hi Sam,\n\nThanks for your patience. Order 55812 left our warehouse this morning and will reach you soon.';
    expect(analyzer.analyze(reply, { customerMessage: message }).reflection?.picksUp).toBe(true);
  });

  it('inserts the opening after the greeting when the reply has no stock acknowledgement', () => {
    const message = "I don't understand the new invoice layout, the totals look different.";
    const reply = 'Hi Sam,\n\nThanks for getting in touch. Our team has looked into this and taken care of it for you.';
    const [finding] = reflect(analyzer.analyze(reply, { customerMessage: message }));
    expect(finding.start).toBe(finding.end);
    expect(reply.slice(finding.start)).toMatch(/^Thanks for getting in touch/);
    expect(finding.suggestions[0]).toBe(
      "Thanks for letting me know that you don't understand the new invoice layout. ",
    );
  });

  it('for an upset customer not yet acknowledged, leads the acknowledgement with their words instead of a second hint', () => {
    const message =
      'My flight to Frankfurt was cancelled and nobody has offered me anything! This is the third time I am writing.';
    const reply =
      'Hi Sam,\n\nThanks for getting in touch. Our team has looked into this and will contact you soon with the options.';
    const report = analyzer.analyze(reply, { customerMessage: message });
    expect(report.reflection?.picksUp).toBe(false);
    expect(reflect(report)).toEqual([]);
    const ack = report.findings.find((f) => f.rule === 'core/acknowledge-feelings');
    expect(ack?.suggestions[0]).toMatch(/^I'm (?:really )?sorry that your flight to Frankfurt was cancelled\b/);
  });
});

describe('one marker, not two', () => {
  it('gives way to the acknowledgement whenever that rule applies, also when the upset feeling is not the main one', () => {
    const message = "I lost my job last week and I can't stop crying. I don't know how to tell my family.";
    expect(readCustomer(message).emotion).not.toBe('sad');
    expect(readCustomer(message).emotions).toContain('sad');
    const reply =
      'Hi Sam,\n\nThanks for getting in touch. Our team has looked into this and will contact you soon with the options.';
    const report = analyzer.analyze(reply, { customerMessage: message });
    expect(report.reflection?.picksUp).toBe(false);
    expect(report.findings.map((f) => f.rule)).toContain('core/acknowledge-feelings');
    expect(reflect(report)).toEqual([]);
  });
});

describe('reflectiveOpenings', () => {
  const specifics = readSpecifics(
    'My card was declined at checkout.',
    extractQuestions('My card was declined at checkout.'),
  );
  const reading = (emotion: CustomerReading['emotion'], intensity: 'mild' | 'strong' = 'mild'): CustomerReading => ({
    emotion,
    emotions: [emotion],
    cues: [],
    sentiment: 0,
    intensity,
  });

  it.each([
    ['sad', 'mild', "I'm so sorry to hear that your card was declined at checkout."],
    ['angry', 'strong', "I'm really sorry that your card was declined at checkout."],
    ['frustrated', 'mild', "I'm sorry that your card was declined at checkout."],
    ['anxious', 'mild', 'I can imagine how worrying it is that your card was declined at checkout.'],
    ['neutral', 'mild', 'Thanks for letting me know that your card was declined at checkout.'],
  ] as const)('%s (%s): %s', (emotion, intensity, first) => {
    expect(reflectiveOpenings(specifics, reading(emotion, intensity))[0]).toBe(first);
  });

  it('names the thing the customer wrote about when no clause states a problem, and invents nothing else', () => {
    const about = readSpecifics('Question about order #4412', []);
    expect(reflectiveOpenings(about, reading('neutral'))).toEqual(['Thanks for your message about order #4412.']);
    expect(reflectiveOpenings(readSpecifics('Hello there', []), reading('neutral'))).toEqual([]);
  });
});
