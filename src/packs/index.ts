export { BUILTIN_PACKS } from './builtin';
export { runExamples, type ExampleFailure } from './examples';
export { formatIssue, loadPack, loadPackOrThrow, loadPacks, PackError, type LoadOptions, type PackLoadResult } from './load';
export {
  decodeBase64,
  encodeBase64,
  importPublicKey,
  normalisePublicKey,
  publicKeyBytes,
  SignatureFormatError,
  signatureBytes,
  verifyPackSignature,
} from './signature';
export { compareVersions } from './version';
