/**
 * The empathy score's figures: the shipped model on support replies (good vs poor flagged for empathy, with the
 * customer's message) and on GoEmotions dev (caring vs neutral comments, unseen), and across domains: the same fit
 * (fit-empathy.ts, at the shipped penalty) run on one source alone and measured on the other. Each with its 90%
 * bootstrap interval.
 */
import { aucFigure, type Figure } from './figures';
import type { Reading } from './features';
import { careSource, fitEmpathy, supportSource } from './fit-empathy';
import type { Source } from './fit';
import type { Binary } from './goemotions';
import { predict } from './logistic';
import type { Reply } from './replies';
import type { Labelled } from './stats';

export interface EmpathyData {
  /** GoEmotions train, caring vs neutral (a seeded sample): the across-domain fit's GoEmotions source. */
  careTrain: readonly Binary[];
  /** GoEmotions dev, caring vs neutral. */
  careDev: readonly Binary[];
  good: readonly Reply[];
  poor: readonly Reply[];
}

type Read = (text: string, context?: { customerMessage?: string; channel?: 'email' | 'chat' }) => Reading;

export function empathyFigures(data: EmpathyData, read: Read, lambda: number): Figure[] {
  const support = supportSource(data.good, data.poor, read);
  const careDev = careSource('goemotions-care-dev', data.careDev, read);
  const careTrain = careSource('goemotions-care', data.careTrain, read);
  // the shipped score itself, as the agent sees it
  const shipped = (items: ReadonlyArray<{ text: string; positive: boolean; context?: Reply }>): Labelled[] =>
    items.map((x) => ({
      score: read(x.text, x.context && { customerMessage: x.context.customer, channel: x.context.channel }).empathy,
      positive: x.positive,
    }));
  const replies = [
    ...data.good.map((r) => ({ text: r.text, positive: true, context: r })),
    ...data.poor.filter((r) => r.flags.includes('empathy')).map((r) => ({ text: r.text, positive: false, context: r })),
  ];
  const across = (from: Source, to: Source): Labelled[] => {
    const { model } = fitEmpathy([from], [lambda]);
    return to.examples.map((e) => ({ score: predict(model, e.x, e.offset), positive: e.y === 1 }));
  };
  return [
    aucFigure(
      'empathy.support.auc',
      'Empathy, support replies: good vs poor flagged for empathy (with the customer message)',
      shipped(replies),
    ),
    aucFigure(
      'empathy.goemotions-care.auc',
      'Empathy, GoEmotions dev: caring vs neutral comments (unseen)',
      shipped(data.careDev),
    ),
    aucFigure(
      'transfer.empathy.goemotions-to-support.auc',
      'Across: empathy fitted on GoEmotions only → support replies',
      across(careTrain, support),
    ),
    aucFigure(
      'transfer.empathy.support-to-goemotions.auc',
      'Across: empathy fitted on support replies only → GoEmotions dev',
      across(support, careDev),
    ),
  ];
}
