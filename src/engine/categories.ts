/**
 * How each category reads and looks wherever it is shown (the overlay's underlines and cards, the options page's
 * rules and charts): one table beside the engine's categories, so a new category cannot miss its label.
 */
import type { Category } from './types';

export const CATEGORY_COLORS: Record<Category, string> = {
  blame: '#d93025',
  tone: '#e8710a',
  'positive-language': '#c58a00',
  jargon: '#9334e6',
  empathy: '#d01884',
  listening: '#188038',
  clarity: '#1a73e8',
  structure: '#128797',
};

export const CATEGORY_LABELS: Record<Category, string> = {
  blame: 'Blame',
  tone: 'Tone',
  'positive-language': 'Positive language',
  jargon: 'Jargon',
  empathy: 'Empathy',
  listening: 'Listening',
  clarity: 'Clarity',
  structure: 'Structure',
};
