import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { packOf } from '../test-helpers';

const body = 'The refund was processed this morning and the money will reach your card soon.';

describe('require', () => {
  const pack = packOf([
    {
      id: 'greeting',
      kind: 'require',
      category: 'structure',
      element: 'greeting',
      suggest: ['Hi there,'],
      message: 'Add a greeting',
    },
    { id: 'closing', kind: 'require', category: 'structure', element: 'closing', suggest: ['Best regards,'] },
    {
      id: 'ack',
      kind: 'require',
      category: 'empathy',
      element: 'acknowledgement',
      when: { emotion: ['frustrated', 'angry'] },
      suggest: ['I understand how frustrating this is.'],
    },
    {
      id: 'fast',
      kind: 'require',
      category: 'empathy',
      element: 'time-frame',
      when: { emotion: ['urgent'] },
      suggest: ['within the hour'],
      phrases: ['by lunch'],
    },
  ]);
  const analyzer = createAnalyzer([pack]);

  it('reports a missing element as an insertion point whose suggestion reads naturally there', () => {
    const { findings, checklist } = analyzer.analyze(body);
    expect(findings).toEqual([
      {
        rule: 't/greeting',
        category: 'structure',
        severity: 'suggestion',
        start: 0,
        end: 0,
        text: '',
        message: 'Add a greeting',
        suggestions: ['Hi there,\n\n'],
      },
      {
        rule: 't/closing',
        category: 'structure',
        severity: 'suggestion',
        start: body.length,
        end: body.length,
        text: '',
        message: '',
        suggestions: ['\n\nBest regards,'],
      },
    ]);
    expect(checklist.map((c) => `${c.element}:${c.present}`)).toEqual(['greeting:false', 'closing:false']);
  });

  it('finds greetings at the top and closings at the bottom', () => {
    const { findings, checklist } = analyzer.analyze(`Hello Dana,\n\n${body}\n\nKind regards,\nAna`);
    expect(findings).toEqual([]);
    expect(checklist.every((c) => c.present)).toBe(true);
  });

  it('depends on the customer’s emotion when the rule says so', () => {
    const angry = { customerMessage: 'This is the third time I write. Still not working!!' };
    const draft = `Hi Dana,\n\n${body}\n\nBest,\nAna`;
    const withCustomer = analyzer.analyze(draft, angry);
    expect(withCustomer.findings.map((f) => [f.rule, f.start])).toEqual([['t/ack', draft.indexOf('The refund')]]);
    // an acknowledgement naming the feeling read, at its strength, then the rule's own
    expect(withCustomer.findings[0].suggestions).toEqual([
      'I can see why this has been so frustrating, and I’m sorry. ',
      "I'm really sorry you've had to chase this. ",
      'I understand how frustrating this is. ',
    ]);
    expect(analyzer.analyze(draft).findings).toEqual([]);
    const acknowledged = draft.replace('The refund', 'I understand how frustrating this has been. The refund');
    expect(analyzer.analyze(acknowledged, angry).findings).toEqual([]);
  });

  it('offers condolence, never "frustrating", to a grieving customer, and names the feeling at its strength', () => {
    const grieving = createAnalyzer([
      packOf([
        {
          id: 'ack',
          kind: 'require',
          category: 'empathy',
          element: 'acknowledgement',
          when: { emotion: ['sad', 'anxious'] },
          message: 'The customer sounds {emotion}.',
          suggest: ['I can see why this has been so frustrating.'],
        },
      ]),
    ]);
    const draft = `Hi Ruth,\n\n${body}\n\nBest,\nAna`;
    const [finding] = grieving.analyze(draft, {
      customerMessage: 'My husband passed away in May. Please close his account.',
    }).findings;
    expect(finding.message).toBe('The customer sounds grieving.');
    // the customer's own words said back first, then the condolences
    expect(finding.suggestions).toEqual([
      "I'm so sorry to hear that your husband passed away in May. ",
      "I'm so sorry for your loss. ",
      "I'm very sorry for your loss, and I'll take care of this for you. ",
    ]);
    const [worried] = grieving.analyze(draft, {
      customerMessage: "I'm really worried my account was hacked.",
    }).findings;
    expect(worried.message).toBe('The customer sounds very worried.');
    expect(worried.suggestions.slice(0, 2)).toEqual([
      'I can imagine how worrying it is that your account was hacked. ',
      'I understand how worrying this is, and I want to put your mind at rest. ',
    ]);
  });

  it('with `before`, checks the order: an acknowledgement that comes only after the fix is flagged where it is', () => {
    const order = createAnalyzer([
      packOf([
        {
          id: 'first',
          kind: 'require',
          category: 'empathy',
          element: 'acknowledgement',
          before: 'next-step',
          message: 'Say it first',
        },
      ]),
    ]);
    const late =
      'Hi Dana,\n\nPlease restart the app and it will sync again. I understand how frustrating this has been.';
    expect(order.analyze(late).findings.map((f) => [f.rule, f.text])).toEqual([
      ['t/first', 'I understand how frustrating this has been'],
    ]);
    const early =
      'Hi Dana,\n\nI understand how frustrating this has been. Please restart the app and it will sync again.';
    expect(order.analyze(early).findings).toEqual([]);
    // no acknowledgement at all is not this rule's matter, and it adds no checklist entry
    const none = order.analyze(
      'Hi Dana,\n\nPlease restart the app and it will sync again, and the sync will start at once.',
    );
    expect(none.findings).toEqual([]);
    expect(none.checklist).toEqual([]);
  });

  it('accepts the rule’s own extra phrases as the element', () => {
    const urgent = { customerMessage: 'I need this fixed ASAP, it is urgent.' };
    const draft = `Hi Dana,\n\nWe are on it and will have it fixed for you.\n\nBest,\nAna`;
    expect(analyzer.analyze(draft, urgent).findings.map((f) => f.rule)).toEqual(['t/fast']);
    expect(analyzer.analyze(draft.replace('for you', 'for you by lunch'), urgent).findings).toEqual([]);
  });

  it('does not nag a draft that has barely started', () => {
    expect(analyzer.analyze('The refund').findings).toEqual([]);
    expect(analyzer.analyze('').findings).toEqual([]);
  });
});

describe('require insertion points', () => {
  it('puts a missing next step before the sign-off and the name under it', () => {
    const pack = packOf([
      { id: 'next', kind: 'require', element: 'next-step', suggest: ['I will update you tomorrow.'] },
    ]);
    const draft = 'Hi Sam,\n\nThanks for the photos of the damaged box.\n\nBest,\nAna';
    const [finding] = createAnalyzer([pack]).analyze(draft).findings;
    expect(finding.start).toBe(draft.indexOf(' box.') + ' box.'.length);
  });
});

describe('analyzer.elements', () => {
  const pack = packOf([
    { id: 'ack', kind: 'require', element: 'acknowledgement', when: { emotion: ['angry'] }, phrases: ['good catch'] },
    { id: 'bye', kind: 'require', element: 'closing', when: { channel: 'email' }, phrases: ['onwards'] },
  ]);
  const analyzer = createAnalyzer([pack]);
  const places = (text: string) => analyzer.elements(text).map((p) => `${p.element}:${text.slice(p.start, p.end)}`);

  it('lists each element once, at the first sentence that carries it, by the engine’s cues', () => {
    const draft =
      "Hi Dana,\n\nI'm sorry for the mix-up. I've refunded the order today. I'll check again tomorrow.\n\nBest,\nAna";
    expect(places(draft)).toEqual([
      'greeting:Hi Dana,',
      "acknowledgement:I'm sorry for the mix-up.",
      "apology:I'm sorry for the mix-up.",
      "next-step:I've refunded the order today.",
      "time-frame:I've refunded the order today.",
      'closing:Best,',
    ]);
  });

  it('counts a require rule’s own phrases whatever its `when` says', () => {
    // no customer message, so the checklist would not ask for acknowledgement; the element is still there
    expect(places('Good catch on the invoice total. Onwards!')).toEqual([
      'acknowledgement:Good catch on the invoice total.',
      'closing:Onwards!',
    ]);
    expect(analyzer.analyze('Good catch on the invoice total. Onwards!', { channel: 'chat' }).checklist).toEqual([]);
  });

  it('keeps greetings to the opening and closings to the end', () => {
    const draft =
      'The order left today. It should arrive on Monday. Please check the tracking link. Hi to the team. Thanks again.';
    expect(places(draft).filter((p) => p.startsWith('greeting') || p.startsWith('closing'))).toEqual([
      'closing:Thanks again.',
    ]);
    expect(places('')).toEqual([]);
  });
});
