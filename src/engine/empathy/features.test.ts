import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { createAnalyzer } from '../analyzer';
import { scoreEmpathy, type ScoreInput } from '../scores';
import { EMPATHY_FEATURES, empathyFeatures } from './features';

let last: ScoreInput | undefined;
const analyzer = createAnalyzer(BUILTIN_PACKS, { onScoreInput: (input) => (last = input) });
const customerMessage = "This is the third time I'm writing and it's still broken!";
const read = (text: string, context = true) => {
  const report = analyzer.analyze(text, context ? { customerMessage } : undefined);
  return { report, input: last!, features: empathyFeatures(last!) };
};

describe('empathy features', () => {
  it('sees a mechanism once, and a second sentence that shows it', () => {
    const { features } = read('What happened when you tried? How long has it been broken?');
    expect(features).toMatchObject({ exploration: 1, 'exploration-more': 1 });
    expect(read('What happened when you tried?').features['exploration-more']).toBeUndefined();
  });

  it('flags an upset customer left unacknowledged, unless the reply acknowledges or asks about them', () => {
    expect(read('Your sync is reset.').features['unacknowledged-upset']).toBe(1);
    expect(read("I'm so sorry. Your sync is reset.").features['unacknowledged-upset']).toBeUndefined();
    expect(read('What happened when you tried the reset?').features['unacknowledged-upset']).toBeUndefined();
    expect(read('Your sync is reset.', false).features['unacknowledged-upset']).toBeUndefined();
  });

  it('counts advice only before any understanding', () => {
    expect(read('You should reset the app.').features['advice-first']).toBe(1);
    expect(read('That sounds frustrating. You should reset the app.').features['advice-first']).toBeUndefined();
  });

  it('knows only its own features, presences or small amounts, never length', () => {
    const ids = new Set(EMPATHY_FEATURES.map((f) => f.id));
    const long = read('Your sync is reset. '.repeat(40)).features;
    for (const [id, value] of Object.entries(long)) {
      expect(ids.has(id), id).toBe(true);
      expect(value).toBeLessThanOrEqual(3);
    }
  });
});

describe('scoreEmpathy', () => {
  it('is 100·P(caring): 50 with no cue, within 0–100, signals adding up to the distance from 50', () => {
    const plain = read('The file is attached.', false).report.scores;
    expect(plain.empathy).toBe(50);
    for (const text of [
      "I'm so sorry, that sounds exhausting. What happened when you tried? I'll fix it today, thank you!",
      'Your sync is reset. You should read the manual.',
    ]) {
      const { empathy, signals } = read(text).report.scores;
      expect(empathy).toBeGreaterThanOrEqual(0);
      expect(empathy).toBeLessThanOrEqual(100);
      const sum = signals.reduce((n, s) => n + s.delta, 0);
      expect(Math.abs(50 + sum - empathy), JSON.stringify(signals)).toBeLessThanOrEqual(signals.length);
    }
  });

  it('reads the weights it is given, and names the customer in the unacknowledged signal', () => {
    const { input } = read('Your sync is reset.');
    expect(scoreEmpathy(input, undefined, {}).empathy).toBe(50);
    const { signals, empathy } = scoreEmpathy(input, undefined, { 'unacknowledged-upset': -2 });
    expect(signals).toEqual([{ label: 'never acknowledges a frustrated customer', delta: -38 }]);
    expect(empathy).toBe(12);
  });
});
