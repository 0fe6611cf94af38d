/**
 * The same reply figures as English for every language with a corpus in tests/corpus/<code>/{good,poor}, plus
 * how often the reply's language is detected right and, where tests/corpus/politeness/<code>.tsv exists, how
 * well tone separates polite from impolite requests (AUC). Run by `npm run eval` next to the English table.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createMultilingualAnalyzer, type MultilingualAnalyzer } from '../engine';
import { BUILTIN_PACKS } from '../packs/builtin';
import { replyFigures, type Figure } from './figures';
import { readReplies } from './load';
import { auc } from './stats';

export function languageFigures(
  root: string,
  analyzer: MultilingualAnalyzer = createMultilingualAnalyzer(BUILTIN_PACKS),
): Figure[] {
  const corpus = path.join(root, 'tests/corpus');
  const figures: Figure[] = [];
  for (const code of readdirSync(corpus)
    .filter((d) => /^[a-z]{2}$/.test(d))
    .sort()) {
    const good = readReplies(path.join(corpus, code, 'good'));
    const poor = readReplies(path.join(corpus, code, 'poor'));
    const r = replyFigures(analyzer, good, poor);
    const detected = [...good, ...poor].filter((reply) => analyzer.languageOf(reply.text) === code).length;
    figures.push(
      {
        key: `${code}.language`,
        label: `[${code}] replies detected as ${code}`,
        value: detected / (good.length + poor.length),
        unit: '%',
        better: 'higher',
      },
      {
        key: `${code}.good.clutter`,
        label: `[${code}] Good replies (${r.goodReplies}, ${r.goodWords} words): findings ≥ suggestion per 100 words`,
        value: r.clutter,
        unit: 'per 100 words',
        better: 'lower',
        compare: `hints ${r.hintsPer100.toFixed(2)} per 100 words`,
      },
      {
        key: `${code}.good.clean`,
        label: `[${code}] Good replies with no finding ≥ suggestion`,
        value: r.goodReplies ? r.cleanGood / r.goodReplies : 0,
        unit: '%',
        better: 'higher',
      },
      {
        key: `${code}.good.warnings`,
        label: `[${code}] Good replies with a warning`,
        value: r.goodWarnings,
        unit: 'count',
        better: 'lower',
      },
      {
        key: `${code}.poor.recall`,
        label: `[${code}] Poor replies (${r.poorReplies}): recall, all categories`,
        value: r.overallRecall,
        unit: '%',
        better: 'higher',
      },
      {
        key: `${code}.replies.toneSeparation`,
        label: `[${code}] Tone ranks good replies above poor ones (AUC)`,
        value: r.toneSeparation,
        unit: 'AUC',
        better: 'higher',
      },
    );
    const requests = path.join(corpus, 'politeness', `${code}.tsv`);
    if (existsSync(requests)) {
      const scored = readPolitenessRequests(requests).map(({ polite, text }) => ({
        positive: polite,
        score: analyzer.analyze(text).scores.tone,
      }));
      figures.push({
        key: `${code}.politeness.auc`,
        label: `[${code}] Tone ranks polite requests above impolite ones (AUC, n=${scored.length})`,
        value: auc(scored),
        unit: 'AUC',
        better: 'higher',
      });
    }
  }
  return figures;
}

/** A politeness corpus of tests/corpus/politeness: `polite|impolite<TAB>text` lines, `#` comments. */
export function readPolitenessRequests(file: string): Array<{ polite: boolean; text: string }> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [label, text] = line.split('\t');
      return { polite: label === 'polite', text };
    });
}
