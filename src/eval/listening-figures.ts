/**
 * The figures of issue 13 in `npm run eval`: the customer reading's macro-F1 on GoEmotions dev (the lexicon was
 * learned on train; test is held out), and question extraction and the unanswered-question finding on the
 * listening corpus.
 */
import path from 'node:path';
import { readCustomer, type Analyzer } from '../engine';
import type { Figure } from './figures';
import { FAMILIES, GOEMOTIONS_DIR, loadGoEmotions, macroF1, type Family } from './goemotions-families';
import {
  evaluateListening,
  evaluateReflection,
  REFLECTION_CORPORA,
  loadListeningPairs,
  loadReflectionPairs,
  precision,
  recall,
} from './listening';

const familyOf = (emotion: string): Family =>
  emotion === 'angry' || emotion === 'frustrated' ? 'upset' : emotion === 'happy' ? 'positive' : (emotion as Family);

export function readingFigures(root: string): Figure[] {
  const dev = loadGoEmotions(path.join(root, GOEMOTIONS_DIR), 'dev');
  const { macro, perFamily } = macroF1(
    dev.map((c) => ({ truth: c.family, predicted: familyOf(readCustomer(c.text).emotion) })),
  );
  return [
    {
      key: 'reading.macroF1',
      label: `Customer reading, GoEmotions dev (n=${dev.length}): macro-F1 over six families`,
      value: macro,
      unit: '%',
      better: 'higher',
      compare: FAMILIES.map((f) => `${f} ${(perFamily[f] * 100).toFixed(0)}`).join(', '),
    },
  ];
}

export function listeningFigures(root: string, analyzer: Analyzer): Figure[] {
  const pairs = loadListeningPairs(root);
  const r = evaluateListening(pairs, (p) => analyzer.analyze(p.reply, { customerMessage: p.context }));
  const n = `${pairs.length} pairs, ${r.extraction.tp + r.extraction.fn} questions`;
  const figure = (key: string, label: string, value: number): Figure => ({
    key,
    label,
    value,
    unit: '%',
    better: 'higher',
  });
  return [
    figure(
      'listening.extraction.precision',
      `Listening (${n}): question extraction precision`,
      precision(r.extraction),
    ),
    figure('listening.extraction.recall', 'Listening: question extraction recall', recall(r.extraction)),
    figure(
      'listening.unanswered.precision',
      `Listening: unanswered-question finding precision (${r.unanswered.tp + r.unanswered.fn} unanswered)`,
      precision(r.unanswered),
    ),
    figure('listening.unanswered.recall', 'Listening: unanswered-question finding recall', recall(r.unanswered)),
    figure(
      'listening.pairs.falseAlarms',
      `Listening: replies answering everything left unflagged (n=${r.pairs.tn + r.pairs.fp})`,
      r.pairs.tn / (r.pairs.tn + r.pairs.fp),
    ),
    ...reflectionFigures(root, analyzer),
  ];
}

/** Reflection on the two corpora of tests/corpus/listening written blind to the check (README there). */
function reflectionFigures(root: string, analyzer: Analyzer): Figure[] {
  return Object.entries(REFLECTION_CORPORA).flatMap(([which, file]) => {
    const pairs = loadReflectionPairs(root, file);
    const r = evaluateReflection(pairs, (p) => analyzer.analyze(p.reply, { customerMessage: p.context }));
    const name = which === 'seen' ? 'Reflection' : 'Reflection, held out';
    return [
      {
        key: `listening.reflection.${which}.recall`,
        label: `${name} (${pairs.length} pairs): stock replies caught (n=${r.tp + r.fn}; too short to judge: ${r.undecided})`,
        value: r.tp / (r.tp + r.fn),
        unit: '%',
        better: 'higher',
      },
      {
        key: `listening.reflection.${which}.specificKept`,
        label: `${name}: replies that pick up the customer's words left alone (n=${r.tn + r.fp})`,
        value: r.tn / (r.tn + r.fp),
        unit: '%',
        better: 'higher',
      },
    ] satisfies Figure[];
  });
}
