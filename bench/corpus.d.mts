// Types of the bench corpus (plain ESM so Node runs the bench without a TS step); tests reuse its drafts.
export declare function createRandom(seed: number): () => number;
export declare function countWords(text: string): number;
export declare function generateCorpus(words: number, seed?: number): string;
