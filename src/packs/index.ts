export { BUILTIN_PACKS } from './builtin';
export { runExamples, type ExampleFailure } from './examples';
export { PACK_CAPS } from './caps';
export {
  formatIssue,
  loadPack,
  loadPackOrThrow,
  loadPacks,
  MAX_PACK_CHARS,
  PackError,
  type LoadOptions,
  type PackLoadResult,
} from './load';
export { MAX_STORED_CHARS } from './source';
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
