import { sentenceBody, WORD_RE } from '../text';
import type { CompiledRule, RawMatch, RuleSpecBase } from '../types';
import { asList, RuleFieldError, type RuleBase, type RuleKind } from './kind';

export const METRICS = ['sentence-length', 'reading-grade', 'exclamations', 'capitals', 'jargon-in-question'] as const;
export type Metric = (typeof METRICS)[number];

export interface MetricSpec extends RuleSpecBase {
  kind: 'metric';
  metric: Metric;
  /** The most allowed: words per sentence, grade, "!" in a row (or per draft), capitalised words in a row, jargon terms in one question. */
  max: number;
  /** For exclamations: count runs in one sentence (default) or all "!" in the draft. */
  per?: 'sentence' | 'draft';
  /** For capitals: words that are fine in capitals (acronyms, product names). */
  except?: string[];
  /** For reading-grade: sentences shorter than this are not graded (default 12 words). */
  minWords?: number;
}

/** Flesch–Kincaid grade of one sentence. */
export function readingGrade(words: number, syllables: number): number {
  if (!words) return 0;
  return 0.39 * words + 11.8 * (syllables / words) - 15.59;
}

const DEFAULT_ACRONYMS = [
  'I',
  'OK',
  'FAQ',
  'API',
  'URL',
  'PDF',
  'CSV',
  'SLA',
  'SSO',
  'VPN',
  'ID',
  'PIN',
  'USA',
  'UK',
  'EU',
  'UTC',
  'GMT',
  'PST',
  'EST',
  'CET',
  'IT',
  'HR',
  'CEO',
  'AM',
  'PM',
  'TV',
  'PC',
  'IP',
  'DNS',
  'SMS',
  'iOS',
  'GDPR',
  'HTML',
  'JSON',
  'HTTP',
  'HTTPS',
  'SSL',
  'TLS',
  'USB',
  'ETA',
  'ASAP',
];

function capitals(spec: MetricSpec, base: RuleBase): CompiledRule {
  const allowed = new Set([...DEFAULT_ACRONYMS, ...asList(spec.except)].map((w) => w.toUpperCase()));
  const isShouted = (word: string) =>
    word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase() && !allowed.has(word.toUpperCase());
  return {
    ...base,
    sentence: ({ text }): RawMatch[] => {
      const out: RawMatch[] = [];
      let run: Array<[number, number]> = [];
      const flush = () => {
        const letters = run.reduce((n, [s, e]) => n + e - s, 0);
        // A run longer than `max` words is shouting; a lone short word in capitals ("QA", "NHS") is an acronym.
        if (run.length > spec.max && (run.length > 1 || letters >= 4)) {
          const start = run[0][0];
          const end = run[run.length - 1][1];
          const shouted = text.slice(start, end);
          const calm = shouted.toLowerCase();
          out.push({
            start,
            end,
            exact: true,
            suggestions: [start === 0 ? calm[0].toUpperCase() + calm.slice(1) : calm],
            data: { words: run.length },
          });
        }
        run = [];
      };
      for (const m of text.matchAll(WORD_RE)) {
        const start = m.index;
        if (isShouted(m[0])) {
          // words of a run are separated by spaces or light punctuation only
          const gap = run.length ? text.slice(run[run.length - 1][1], start) : '';
          if (run.length && !/^[\s,!?.'"-]*$/.test(gap)) flush();
          run.push([start, start + m[0].length]);
        } else if (run.length) flush();
      }
      if (run.length) flush();
      return out;
    },
  };
}

function exclamations(spec: MetricSpec, base: RuleBase): CompiledRule {
  if (spec.per === 'draft') {
    return {
      ...base,
      draft: ({ text }): RawMatch[] => {
        const marks = [...text.matchAll(/!+/g)];
        return marks.slice(spec.max).map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          suggestions: ['.'],
          data: { count: marks.length, max: spec.max },
        }));
      },
    };
  }
  return {
    ...base,
    // one pass over runs of ! and ?: a regex counting the ! inside a run backtracks quadratically on "????…"
    sentence: ({ text }): RawMatch[] => {
      const out: RawMatch[] = [];
      for (const m of text.matchAll(/[!?]+/g)) {
        const bangs = m[0].split('!').length - 1;
        if (bangs > spec.max)
          out.push({
            start: m.index,
            end: m.index + m[0].length,
            suggestions: [m[0].includes('?') ? '?' : '!'],
            data: { count: m[0].length, max: spec.max },
          });
      }
      return out;
    },
  };
}

/**
 * Questions stacked with jargon: a question to the customer holding more than `max` terms the jargon rules
 * flag. A draft check, since it weighs other rules' findings; usually with `when: { emotion: [confused] }`.
 */
function jargonInQuestion(spec: MetricSpec, base: RuleBase): CompiledRule {
  return {
    ...base,
    draft: ({ text, sentences, findings }): RawMatch[] => {
      const out: RawMatch[] = [];
      for (const s of sentences) {
        if (!/\?\s*$/.test(s.text)) continue;
        const terms = findings.filter((f) => f.category === 'jargon' && f.start >= s.start && f.end <= s.end);
        if (terms.length <= spec.max) continue;
        const [start, end] = sentenceBody(text.slice(s.start, s.end));
        out.push({
          start: s.start + start,
          end: s.start + end,
          data: { count: terms.length, terms: terms.map((f) => `“${f.text}”`).join(', '), max: spec.max },
        });
      }
      return out;
    },
  };
}

export const metric: RuleKind<MetricSpec> = {
  kind: 'metric',
  schema: {
    required: ['metric', 'max'],
    properties: {
      metric: { enum: [...METRICS] },
      max: { type: 'number', minimum: 0 },
      per: { enum: ['sentence', 'draft'] },
      except: { $ref: '#/$defs/phraseList' },
      minWords: { type: 'integer', minimum: 1 },
    },
  },
  compile(spec, base) {
    if (!Number.isFinite(spec.max) || spec.max < 0)
      throw new RuleFieldError('max', '"max" must be a number of at least 0');
    switch (spec.metric) {
      case 'capitals':
        return capitals(spec, base);
      case 'exclamations':
        return exclamations(spec, base);
      case 'jargon-in-question':
        return jargonInQuestion(spec, base);
      case 'sentence-length':
        return {
          ...base,
          sentence: ({ text, words: counted }): RawMatch[] => {
            const words = counted();
            if (words <= spec.max) return [];
            const [start, end] = sentenceBody(text);
            return [{ start, end, data: { words, max: spec.max } }];
          },
        };
      case 'reading-grade': {
        const minWords = spec.minWords ?? 12;
        return {
          ...base,
          sentence: ({ text, words: counted, syllables }): RawMatch[] => {
            const words = counted();
            if (words < minWords) return [];
            const grade = readingGrade(words, syllables());
            if (grade <= spec.max) return [];
            const [start, end] = sentenceBody(text);
            return [{ start, end, data: { grade: Math.round(grade), max: spec.max } }];
          },
        };
      }
      default:
        throw new RuleFieldError(
          'metric',
          `unknown metric "${String(spec.metric)}"; expected one of ${METRICS.join(', ')}`,
        );
    }
  },
};
