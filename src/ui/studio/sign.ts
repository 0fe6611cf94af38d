/**
 * Signing a pack in the page, as `empathy-coach sign` does in a terminal: the private key (the PKCS#8 PEM file
 * `empathy-coach keygen` writes) is read with WebCrypto into a key that cannot be exported, used once, and
 * never stored; the signature is ECDSA P-256 over the file's exact bytes, in the r‖s form the extension and
 * `empathy-coach verify` check (src/packs/signature.ts).
 */
import { decodeBase64, encodeBase64, SignatureFormatError } from '../../packs';

const KEY = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** Reads a "-----BEGIN PRIVATE KEY-----" file into a signing key, or says in words what the file is not. */
export async function importSigningKey(pem: string): Promise<CryptoKey> {
  if (/-----BEGIN (EC )?PUBLIC KEY-----/.test(pem) || /^[A-Za-z0-9+/=\s]{40,}$/.test(pem.trim())) {
    throw new SignatureFormatError(
      'this is the public key: choose the private key file (empathy-coach-signing-key.pem, not the .pub)',
    );
  }
  if (/-----BEGIN EC PRIVATE KEY-----/.test(pem)) {
    throw new SignatureFormatError(
      'this key is in the old "EC PRIVATE KEY" form: make one with "empathy-coach keygen" (PKCS#8)',
    );
  }
  const body = /-----BEGIN PRIVATE KEY-----([^-]+)-----END PRIVATE KEY-----/.exec(pem);
  if (!body)
    throw new SignatureFormatError(
      'not a private key file: expected a "-----BEGIN PRIVATE KEY-----" block, as "empathy-coach keygen" writes',
    );
  try {
    return await crypto.subtle.importKey('pkcs8', decodeBase64(body[1], 'the private key'), KEY, false, ['sign']);
  } catch (error) {
    if (error instanceof SignatureFormatError) throw error;
    throw new SignatureFormatError('not an ECDSA P-256 private key: make one with "empathy-coach keygen"');
  }
}

/** The `.sig` file's text for these bytes: base64 of the 64-byte signature, and a line break, as the CLI writes it. */
export async function signPackText(pem: string, text: string): Promise<string> {
  const key = await importSigningKey(pem);
  const signature = await crypto.subtle.sign(SIGN, key, new TextEncoder().encode(text));
  return `${encodeBase64(new Uint8Array(signature))}\n`;
}
