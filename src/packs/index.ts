export { BUILTIN_PACKS } from './builtin';
export { runExamples, type ExampleFailure } from './examples';
export { formatIssue, loadPack, loadPackOrThrow, PackError, type PackLoadResult } from './load';
