import { readFileSync } from 'node:fs';

/** A politeness corpus of tests/corpus/politeness: `polite|impolite<TAB>text` lines, `#` comments. */
export function readPoliteness(language: string): Array<{ polite: boolean; text: string }> {
  const file = new URL(`../../../tests/corpus/politeness/${language}.tsv`, import.meta.url);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [label, text] = line.split('\t');
      return { polite: label === 'polite', text };
    });
}

/** The probability that a polite text scores above an impolite one (ties count half). */
export function auc(scored: ReadonlyArray<{ polite: boolean; score: number }>): number {
  const pos = scored.filter((s) => s.polite);
  const neg = scored.filter((s) => !s.polite);
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p.score > n.score ? 1 : p.score === n.score ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}
