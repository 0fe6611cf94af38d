/**
 * Detached pack signatures: ECDSA P-256 with SHA-256 over the pack file's exact bytes, stored next to the pack
 * as `<pack>.sig` (base64). WebCrypto verifies them the same way in every browser and in Node, so the extension
 * needs no crypto library. Public keys travel as one line of base64 (SubjectPublicKeyInfo, DER) that fits in a
 * policy value or a form field; a PEM block is accepted too.
 */

export const SIGNATURE_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;
export const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** A public key or a signature that cannot be read at all (as opposed to a signature that does not match). */
export class SignatureFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignatureFormatError';
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export function decodeBase64(text: string, what: string): Uint8Array<ArrayBuffer> {
  const compact = text.replace(/\s+/g, '');
  if (!compact || compact.length % 4 !== 0 || !BASE64.test(compact))
    throw new SignatureFormatError(`${what} is not base64`);
  return Uint8Array.from(atob(compact), (c) => c.charCodeAt(0));
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** The DER bytes of a public key given as base64 SPKI or as a "-----BEGIN PUBLIC KEY-----" block. */
export function publicKeyBytes(key: string): Uint8Array<ArrayBuffer> {
  const pem = /-----BEGIN PUBLIC KEY-----([^-]+)-----END PUBLIC KEY-----/.exec(key);
  if (/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key))
    throw new SignatureFormatError('this is a private key: give the public key (empathy-coach keygen prints it)');
  return decodeBase64(pem ? pem[1] : key, 'the public key');
}

/** Normalises a public key to one line of base64, or throws a SignatureFormatError saying what is wrong. */
export async function normalisePublicKey(key: string): Promise<string> {
  await importPublicKey(key);
  return encodeBase64(publicKeyBytes(key));
}

export async function importPublicKey(key: string): Promise<CryptoKey> {
  const der = publicKeyBytes(key);
  try {
    return await crypto.subtle.importKey('spki', der, KEY_ALGORITHM, false, ['verify']);
  } catch {
    throw new SignatureFormatError('the public key is not an ECDSA P-256 public key (SubjectPublicKeyInfo, base64)');
  }
}

/**
 * The raw 64-byte r‖s form WebCrypto verifies. Signatures made with OpenSSL (`openssl dgst -sha256 -sign`) are
 * DER sequences of two integers; they are accepted and converted, so trainers can sign with the tools they have.
 */
export function signatureBytes(signature: string): Uint8Array<ArrayBuffer> {
  const bytes = decodeBase64(signature, 'the signature');
  if (bytes.length === 64) return bytes;
  const raw = derToRaw(bytes);
  if (!raw)
    throw new SignatureFormatError(
      `the signature is ${bytes.length} bytes: expected 64 (r‖s) or a DER ECDSA signature`,
    );
  return raw;
}

function derToRaw(der: Uint8Array): Uint8Array<ArrayBuffer> | null {
  // SEQUENCE { INTEGER r, INTEGER s }, each integer at most 33 bytes (a leading zero keeps it positive)
  if (der[0] !== 0x30 || der[1] !== der.length - 2) return null;
  const out = new Uint8Array(64);
  let at = 2;
  for (const half of [0, 32]) {
    if (der[at] !== 0x02) return null;
    const length = der[at + 1];
    let value = der.subarray(at + 2, at + 2 + length);
    if (value.length !== length) return null;
    while (value.length > 32 && value[0] === 0) value = value.subarray(1);
    if (value.length > 32) return null;
    out.set(value, half + 32 - value.length);
    at += 2 + length;
  }
  return at === der.length ? out : null;
}

/** True when `signature` (base64) is a valid signature of `bytes` by the holder of `publicKey`'s private key. */
export async function verifyPackSignature(bytes: BufferSource, signature: string, publicKey: string): Promise<boolean> {
  const key = await importPublicKey(publicKey);
  return crypto.subtle.verify(SIGNATURE_ALGORITHM, key, signatureBytes(signature), bytes);
}
