import { createSign, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { encodeBase64, normalisePublicKey, SignatureFormatError, verifyPackSignature } from './index';

const PACK = new TextEncoder().encode('id: acme\nname: ACME\nversion: 1.0.0\n');

async function webCryptoKeys() {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair;
  const publicKey = encodeBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)));
  const sign = async (bytes: BufferSource) =>
    encodeBase64(new Uint8Array(await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, pair.privateKey, bytes)));
  return { publicKey, sign };
}

describe('verifyPackSignature', () => {
  it('accepts the signature of the exact bytes and refuses any change to them', async () => {
    const { publicKey, sign } = await webCryptoKeys();
    const signature = await sign(PACK);
    expect(await verifyPackSignature(PACK, signature, publicKey)).toBe(true);
    const changed = PACK.slice();
    changed[changed.length - 2] ^= 1; // 1.0.0 → 1.0.1
    expect(await verifyPackSignature(changed, signature, publicKey)).toBe(false);
  });

  it('refuses a signature made with another key', async () => {
    const signer = await webCryptoKeys();
    const other = await webCryptoKeys();
    expect(await verifyPackSignature(PACK, await signer.sign(PACK), other.publicKey)).toBe(false);
  });

  it('accepts an OpenSSL-style DER signature and a PEM public key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const der = createSign('SHA256').update(PACK).sign(privateKey).toString('base64');
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(await verifyPackSignature(PACK, der, pem)).toBe(true);
    expect(await verifyPackSignature(PACK.subarray(1), der, pem)).toBe(false);
  });

  it('says what is wrong with a malformed key or signature', async () => {
    const { publicKey, sign } = await webCryptoKeys();
    const signature = await sign(PACK);
    await expect(verifyPackSignature(PACK, 'not base64!', publicKey)).rejects.toThrow(
      new SignatureFormatError('the signature is not base64'),
    );
    await expect(verifyPackSignature(PACK, encodeBase64(new Uint8Array(10)), publicKey)).rejects.toThrow(
      'the signature is 10 bytes: expected 64',
    );
    await expect(verifyPackSignature(PACK, signature, 'AAAA')).rejects.toThrow(
      'the public key is not an ECDSA P-256 public key',
    );
    await expect(normalisePublicKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----')).rejects.toThrow(
      'this is a private key',
    );
    expect(await normalisePublicKey(`\n${publicKey.slice(0, 40)}\n${publicKey.slice(40)}\n`)).toBe(publicKey);
  });
});
