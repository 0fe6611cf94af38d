import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../engine';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { summariseReport } from './draft';

describe('the popup’s draft summary', () => {
  const analyzer = createAnalyzer(BUILTIN_PACKS);

  it('gives the score, tone, number of suggestions and the customer’s feeling', () => {
    const report = analyzer.analyze('Calm down. You failed to attach the file.', {
      customerMessage: 'This is the THIRD time I have asked!! I am furious, nobody is helping me.',
    });
    const summary = summariseReport(report);
    expect(summary).toMatchObject({ empathy: report.scores.empathy, findings: report.findings.length });
    expect(summary.findings).toBeGreaterThan(0);
    expect(summary.emotion).toMatch(/angry|frustrated/);
    expect(summary.tone).toBe('harsh');
  });

  it('says nothing of the customer when their message reads neutral or is not known', () => {
    expect(summariseReport(analyzer.analyze('Thanks so much for your patience, happy to help!')).emotion).toBeNull();
  });
});
