export { BUILTIN_PACKS } from './builtin';
export { runExamples, type ExampleFailure } from './examples';
export { formatIssue, loadPack, loadPackOrThrow, loadPacks, PackError, type LoadOptions, type PackLoadResult } from './load';
