import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './csv';
import { binaryTask, parsePoliteness } from './politeness-data';
import { parseReply } from './replies';
import { accuracy, auc, bestThreshold, ranks, shuffle, spearman } from './stats';

describe('stats', () => {
  it('ranks ties by their average rank', () => {
    expect(ranks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });

  it('computes Spearman ρ on ranks, not values', () => {
    expect(spearman([1, 2, 3, 4], [10, 100, 1000, 10000])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    // scipy.stats.spearmanr([1,2,3,4,5],[2,1,4,3,5]) = 0.8
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8);
  });

  it('counts "score > threshold" as positive', () => {
    const items = [
      { score: -1, positive: false },
      { score: 0, positive: false },
      { score: 0.5, positive: true },
      { score: 2, positive: false },
    ];
    expect(accuracy(items, 0)).toBe(0.75);
    expect(accuracy(items, -2)).toBe(0.25);
  });

  it('chooses the threshold with the best accuracy, between scores, nearest 0 on a tie', () => {
    const items = [
      { score: -3, positive: false },
      { score: -2, positive: false },
      { score: 1, positive: true },
      { score: 4, positive: true },
    ];
    expect(bestThreshold(items)).toBe(-0.5);
    expect(accuracy(items, bestThreshold(items))).toBe(1);
    const shifted = items.map((x) => ({ ...x, score: x.score + 10 }));
    expect(bestThreshold(shifted)).toBe(9.5);
  });

  it('computes AUC with ties counting half', () => {
    expect(
      auc([
        { score: 1, positive: true },
        { score: 0, positive: false },
      ]),
    ).toBe(1);
    expect(
      auc([
        { score: 0, positive: true },
        { score: 0, positive: false },
      ]),
    ).toBe(0.5);
  });

  it('shuffles the same way for the same seed', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(xs, 7)).toEqual(shuffle(xs, 7));
    expect(shuffle(xs, 7)).not.toEqual(shuffle(xs, 8));
    expect([...shuffle(xs, 7)].sort((a, b) => a - b)).toEqual(xs);
  });
});

describe('politeness data', () => {
  const csv = [
    'Community,Id,Request,Normalized Score',
    ...Array.from({ length: 8 }, (_, i) => `Wikipedia,${i},"Request ${i}, with a comma and ""quotes""",${i - 4}`),
    'Wikipedia,99,Iu2019m sure,0.5',
  ].join('\n');

  it('reads quoted fields and restores the lost \\u escapes', () => {
    expect(parseCsvRecords('a,b\n"x,\ny",2\n')).toEqual([{ a: 'x,\ny', b: '2' }]);
    const requests = parsePoliteness(csv);
    expect(requests).toHaveLength(9);
    expect(requests[0]).toEqual({ id: '0', text: 'Request 0, with a comma and "quotes"', score: -4 });
    expect(requests[8].text).toBe('I’m sure');
  });

  it('keeps the top and bottom quartiles and splits them in halves', () => {
    const task = binaryTask(parsePoliteness(csv));
    const all = [...task.calibration, ...task.test];
    // scores −4…3 and 0.5: quartiles at −2 and 1 (interpolated), both kept
    expect([task.low, task.high]).toEqual([-2, 1]);
    const byScore = (a: number, b: number) => a - b;
    expect(
      all
        .filter((x) => x.polite)
        .map((x) => x.score)
        .sort(byScore),
    ).toEqual([1, 2, 3]);
    expect(
      all
        .filter((x) => !x.polite)
        .map((x) => x.score)
        .sort(byScore),
    ).toEqual([-4, -3, -2]);
    expect(task.calibration).toHaveLength(3);
  });
});

describe('reply files', () => {
  it('reads the front matter and the reply', () => {
    const reply = parseReply(
      'poor/x.txt',
      '---\nchannel: chat\ncustomer: "Where is it?"\nflags: [blame, tone]\n---\nYou failed to read the email.\n',
    );
    expect(reply).toEqual({
      file: 'poor/x.txt',
      text: 'You failed to read the email.',
      channel: 'chat',
      customer: 'Where is it?',
      flags: ['blame', 'tone'],
    });
  });

  it('refuses unknown categories and fields', () => {
    expect(() => parseReply('x', '---\nflags: [rudeness]\n---\nHi')).toThrow(/unknown category rudeness/);
    expect(() => parseReply('x', '---\nflag: [tone]\n---\nHi')).toThrow(/unknown front-matter field flag/);
    expect(() => parseReply('x', 'Hi')).toThrow(/front-matter/);
  });
});
