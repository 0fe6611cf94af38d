import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer';
import { compilePacks } from '../compile';
import { flags, packOf } from '../test-helpers';

describe('sentiment', () => {
  const harsh = packOf([{ id: 'harsh', kind: 'sentiment', below: -4, message: 'harsh ({score})' }]);

  it('flags a whole sentence (without its closing punctuation) at or below the threshold', () => {
    const { findings } = createAnalyzer([harsh]).analyze('Thanks! This is a terrible, awful disaster. Fine.');
    expect(findings.map((f) => [f.text, f.message])).toEqual([['This is a terrible, awful disaster', 'harsh (-8)']]);
  });

  it('applies the pack vocabulary, without leaking it to other packs', () => {
    const tuned = packOf([{ id: 'harsh', kind: 'sentiment', below: -4 }], { vocabulary: { escalation: -5 } });
    expect(flags(tuned, 'This is an escalation.')).toEqual(['1:1-1:22 t/harsh "This is an escalation"']);
    expect(flags(harsh, 'This is an escalation.')).toEqual([]);
  });

  it('needs a threshold', () => {
    expect(() => compilePacks([packOf([{ id: 's', kind: 'sentiment' }])])).toThrow(/needs "below" or "above"/);
  });
});
