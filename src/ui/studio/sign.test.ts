import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyPackSignature } from '../../packs';
import { signPackText } from './sign';

const pair = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    pub: publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
  };
};

describe('signing in the page', () => {
  it('signs the exact text with a keygen key, as the extension verifies it', async () => {
    const { pem, pub } = pair();
    const text = 'id: acme\nname: “Acme”\n';
    const sig = await signPackText(pem, text);
    expect(sig).toMatch(/^[A-Za-z0-9+/]{86}==\n$/);
    expect(await verifyPackSignature(new TextEncoder().encode(text), sig, pub)).toBe(true);
    expect(await verifyPackSignature(new TextEncoder().encode(`${text} `), sig, pub)).toBe(false);
  });

  it('says which file the trainer picked by mistake', async () => {
    const { pub } = pair();
    await expect(signPackText(pub, 'x')).rejects.toThrow(/public key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString();
    await expect(signPackText(rsa, 'x')).rejects.toThrow(/not an ECDSA P-256 private key/);
    await expect(signPackText('hello', 'x')).rejects.toThrow(/not a private key file/);
  });
});
