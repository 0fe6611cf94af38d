export declare function createRandom(seed: number): () => number;
