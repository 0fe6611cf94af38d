export { createAnalyzer, type Analyzer, type AnalyzerOptions } from './analyzer';
export { compilePacks, PackCompileError } from './compile';
export { readCustomer } from './context';
export { ELEMENT_LABELS } from './elements';
export { RULE_KINDS } from './kinds';
export { detectPoliteness, POLITENESS_CUES, type PolitenessCue } from './politeness';
export { toneSignalText } from './tone';
export { keepCase, normalisePhrase, splitSentences } from './text';
export * from './types';
