/**
 * Figures across domains: how the tone and empathy scores agree with people on text of a kind they were not fitted
 * on. Tone is refitted on one source alone (Wikipedia politeness, or GoEmotions) and measured on the others; the
 * shipped model (fitted on both) is measured on GoEmotions dev (unseen comments, a fitted domain) and on the support
 * corpora (never fitted on). Empathy's figures are in empathy-figures.ts. Every figure carries a 90% bootstrap
 * interval.
 */
import { aucFigure, type Figure } from './figures';
import type { Reading } from './features';
import { fitLogistic, predict, type Example } from './logistic';
import type { Binary } from './goemotions';
import type { BinaryItem } from './politeness-data';
import type { Reply } from './replies';
import type { Labelled } from './stats';

export interface TransferData {
  wikiCalibration: readonly BinaryItem[];
  wikiTest: readonly BinaryItem[];
  goTrain: readonly Binary[];
  goDevTone: readonly Binary[];
  good: readonly Reply[];
  poor: readonly Reply[];
}

export interface TransferModel {
  features: readonly string[];
  directions: Record<string, 1 | -1>;
  lambda: number;
}

type Read = (text: string, context?: { customerMessage?: string; channel?: 'email' | 'chat' }) => Reading;

export function transferFigures(data: TransferData, read: Read, model: TransferModel): Figure[] {
  const cache = new Map<string, Reading>();
  const readText = (text: string) => cache.get(text) ?? (cache.set(text, read(text)), cache.get(text)!);
  const examples = (items: ReadonlyArray<{ text: string; positive: boolean }>): Example[] =>
    items.map((x) => ({ x: readText(x.text).features, y: x.positive ? 1 : 0 }));
  const wiki = (items: readonly BinaryItem[]) => items.map((r) => ({ text: r.text, positive: r.polite }));
  const replyItems = [
    ...data.good.map((r) => ({ r, positive: true })),
    ...data.poor.map((r) => ({ r, positive: false })),
  ];
  const replyReadings = replyItems.map(({ r }) => read(r.text, { customerMessage: r.customer, channel: r.channel }));

  const fitOn = (items: ReadonlyArray<{ text: string; positive: boolean }>) =>
    fitLogistic(examples(items), model.features, { lambda: model.lambda, directions: model.directions });
  const fromWiki = fitOn(wiki(data.wikiCalibration));
  const fromGo = fitOn(data.goTrain);
  const scored = (m: ReturnType<typeof fitOn>, items: ReadonlyArray<{ text: string; positive: boolean }>): Labelled[] =>
    items.map((x) => ({ score: predict(m, readText(x.text).features), positive: x.positive }));
  const onReplies = (m: ReturnType<typeof fitOn>): Labelled[] =>
    replyReadings.map((x, i) => ({ score: predict(m, x.features), positive: replyItems[i].positive }));

  const goTone = data.goDevTone.map((x) => ({ score: readText(x.text).tone, positive: x.positive }));
  return [
    aucFigure('tone.goemotions.auc', 'Tone, GoEmotions dev: warm vs hostile comments (shipped model)', goTone),
    aucFigure(
      'transfer.wikipedia-to-goemotions.auc',
      'Across: tone fitted on Wikipedia only → GoEmotions dev',
      scored(fromWiki, data.goDevTone),
    ),
    aucFigure(
      'transfer.goemotions-to-wikipedia.auc',
      'Across: tone fitted on GoEmotions only → Wikipedia test half',
      scored(fromGo, wiki(data.wikiTest)),
    ),
    aucFigure(
      'transfer.wikipedia-to-support.auc',
      'Across: tone fitted on Wikipedia only → support replies, good vs poor',
      onReplies(fromWiki),
    ),
    aucFigure(
      'transfer.goemotions-to-support.auc',
      'Across: tone fitted on GoEmotions only → support replies, good vs poor',
      onReplies(fromGo),
    ),
  ];
}
