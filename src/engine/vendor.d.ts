// The `sentiment` package's English data files, imported to build per-pack vocabularies.
declare module 'sentiment/languages/en/labels.json' {
  const labels: Record<string, number>;
  export default labels;
}
declare module 'sentiment/languages/en/scoring-strategy' {
  const strategy: { apply(tokens: string[], cursor: number, tokenScore: number): number };
  export default strategy;
}
