import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../packs/builtin';
import { createAnalyzer } from './analyzer';
import { detectPoliteness, POLITENESS_CUES, politenessSignals } from './politeness';

// Each cue: a sentence that shows it and one that must not (the near miss a careless pattern would take).
const CASES: Record<string, [shows: string, not: string]> = {
  gratitude: ['Thanks a lot for fixing the table.', 'Thanksgiving is in November.'],
  deference: ['Nice work on the rewrite so far.', 'The rewrite is not nice.'],
  greeting: ['Hi Sam, could you look at this?', 'This is a high priority.'],
  apology: ['Sorry to bother you again.', 'The sorrow in the poem is clear.'],
  indirect: ['I was wondering if you could review it.', 'I saw the wonderful edit.'],
  counterfactual: ['Could you check the references?', 'You could check the references.'],
  please: ['Could you please check it?', 'Please check it.'],
  hedge: ['I think the date might be wrong.', 'The date is wrong.'],
  'first-person-plural': ['We could merge the two pages.', 'Merge the two pages.'],
  'first-person-start': ['I have just put the article up.', 'The article is up.'],
  'please-start': ['Please do not remove the warnings.', 'Could you please keep the warnings?'],
  'second-person-start': ["You've reverted yourself.", 'Thank you for reverting.'],
  factuality: ['In fact you did link it.', 'You linked it.'],
  'direct-question': ['What is your native language?', 'How are you doing today?'],
  'direct-start': ['So can you retrieve it or not?', 'Sophie can retrieve it.'],
  command: ["Don't remove my edits again.", 'Donations are welcome.'],
  challenge: ['Did you even read the talk page?', 'Did you see the talk page?'],
  help: ['Could you help me with the template?', 'The template is done.'],
  indicative: ['Can you look at the template?', 'I can look at the template.'],
  obligation: ['You need to read the policy first.', 'The policy is worth a read.'],
  why: ['Why was the section removed?', "That's why the section was removed."],
  rhetorical: ["Shouldn't that be obvious?", 'Should that be bold?'],
  'stacked-marks': ['Where did it go??', 'Where did it go?'],
  sympathy: ['That sounds really stressful.', 'That sounds like a good plan.'],
  'first-person': ['Then I merged the pages.', 'Then we merged the pages.'],
  'second-person': ['Thanks for your edit.', 'Thanks for the edit.'],
};

describe('politeness cues', () => {
  it('has a case for every cue, and every cue has a label and a learned weight on its side of 0', () => {
    expect(Object.keys(CASES).sort()).toEqual(POLITENESS_CUES.map((c) => c.id).sort());
    for (const cue of POLITENESS_CUES) {
      expect(cue.label.length, cue.id).toBeGreaterThan(3);
      expect(cue.weight * cue.direction, cue.id).toBeGreaterThanOrEqual(0);
    }
    // the fit keeps most cues: a model that zeroed them all would explain nothing
    expect(POLITENESS_CUES.filter((c) => c.weight).length).toBeGreaterThan(POLITENESS_CUES.length * 0.8);
  });

  it.each(Object.entries(CASES))('%s: shows on its example, not on the near miss', (id, [shows, not]) => {
    expect(detectPoliteness(shows)).toContain(id);
    expect(detectPoliteness(not)).not.toContain(id);
  });

  it('reads the opening past quotes and a name vocative', () => {
    expect(detectPoliteness('“Why did you delete it?”')).toContain('direct-question');
    expect(detectPoliteness('Sam, why did you delete it?')).toContain('direct-question');
    expect(detectPoliteness('What do you think of the new lead?')).not.toContain('direct-question');
    expect(detectPoliteness('Yes, but what is the source?')).toContain('direct-question');
    expect(detectPoliteness('Yes, but not for long.')).not.toContain('direct-start');
  });

  it('reads asking how to do something yourself as help-seeking, not a direct question', () => {
    expect(detectPoliteness('Where do I start?')).not.toContain('direct-question');
    expect(detectPoliteness('How can we fix the table?')).not.toContain('direct-question');
    expect(detectPoliteness('Where did you find that?')).toContain('direct-question');
    expect(detectPoliteness('Is there anything I can do?')).toContain('help');
  });

  it('does not count “sorry, but” as an apology, and hears tags that press for agreement', () => {
    expect(detectPoliteness('Sorry, but that is not what the source says.')).not.toContain('apology');
    expect(detectPoliteness("That wasn't your account, was it?")).toContain('rhetorical');
    expect(detectPoliteness('Have a little faith, okay?')).toContain('rhetorical');
  });

  it('reads “you’re welcome” as courtesy, not as a “you” opening', () => {
    expect(detectPoliteness("You're very welcome.")).toContain('gratitude');
    expect(detectPoliteness("You're very welcome.")).not.toContain('second-person-start');
  });

  it('counts each cue once per draft, and opening cues only in the first sentence after a greeting', () => {
    const signals = politenessSignals([['greeting'], ['please-start', 'gratitude'], ['gratitude', 'please-start']]);
    expect(signals.map((s) => s.id)).toEqual(['greeting', 'please-start', 'gratitude']);
    expect(politenessSignals([['gratitude'], ['please-start']]).map((s) => s.id)).toEqual(['gratitude']);
  });
});

describe('tone from politeness', () => {
  const analyzer = createAnalyzer(BUILTIN_PACKS);

  it('rates a polite request warm and a blunt one harsh, and says why', () => {
    const polite = analyzer.analyze(
      'Hi! Thanks for your edits to the article. Could you please have a look at the references when you get a chance?',
    );
    const blunt = analyzer.analyze('So why did you delete my section? Actually, the source was fine.');
    expect(polite.scores.tone).toBeGreaterThan(0.5);
    expect(blunt.scores.tone).toBeLessThan(-0.5);
    const text = (r: typeof polite) => r.scores.toneSignals.map((s) => `${s.delta > 0 ? '+' : '−'} ${s.label}`);
    expect(text(polite)).toEqual(
      expect.arrayContaining([
        '+ thanks',
        '+ greeting',
        '+ asks with “could you / would you”',
        '+ “please” inside the request',
      ]),
    );
    expect(text(blunt)).toEqual(
      expect.arrayContaining([
        '− direct question opening',
        '− opens with “so” / “but”',
        '− insists (“actually”, “in fact”)',
      ]),
    );
  });

  it('keeps tone within −1…1 however many cues stack up', () => {
    const rude = analyzer.analyze(
      "You are wrong. Why would you do that? So stop it. Actually, frankly, did you even read it? Don't do it again, you idiot.",
    );
    const sweet = analyzer.analyze(
      'Hi! Thank you so much, I really appreciate it. Great work! Could you please, if you have a moment, take a look? I was wondering, sorry to bother you. Wonderful, brilliant, fantastic.',
    );
    expect(rude.scores.tone).toBeGreaterThanOrEqual(-1);
    expect(rude.scores.tone).toBeLessThan(-0.9);
    expect(sweet.scores.tone).toBeLessThanOrEqual(1);
    expect(sweet.scores.tone).toBeGreaterThan(0.9);
  });

  it('lists the strongest tone signal first, and includes harsh findings', () => {
    const report = analyzer.analyze('As I already said, you failed to update the app.');
    const deltas = report.scores.toneSignals.map((s) => Math.abs(s.delta));
    expect(deltas).toEqual([...deltas].sort((a, b) => b - a));
    expect(report.scores.toneSignals.map((s) => s.label)).toContain('blames the reader');
  });
});
