import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPackSignature } from '../packs';
import { cliIn } from './test-io';

const dir = mkdtempSync(join(tmpdir(), 'empathy-coach-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = cliIn(dir);

const PACK = `id: acme\nname: ACME\nversion: 1.0.0\nlanguage: en\nrules:\n  - id: kindly\n    kind: phrase\n    category: tone\n    severity: hint\n    phrases: [kindly]\n    message: m\n    examples: [{ text: Kindly wait., flags: Kindly }]\n    allows: [Please wait.]\n`;
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};
const path = (name: string) => join(dir, name);

describe('keygen, sign, verify', () => {
  const made = cli(['keygen', '--out', path('team.pem')]);
  const publicKey = made.out.trim();

  it('keygen writes a private key only its owner can read, the public key beside it, and prints the public key', () => {
    expect(made.code).toBe(0);
    expect(publicKey).toMatch(/^MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE[A-Za-z0-9+/]+=*$/); // SPKI prefix of a P-256 key
    expect(readFileSync(path('team.pem.pub'), 'utf8').trim()).toBe(publicKey);
    expect(readFileSync(path('team.pem'), 'utf8')).toContain('-----BEGIN PRIVATE KEY-----');
    expect(statSync(path('team.pem')).mode & 0o077).toBe(0);
    expect(cli(['keygen', '--out', path('team.pem')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('already exists'),
    });
  });

  it('sign writes PACK.sig that the extension’s WebCrypto verifier accepts for the exact bytes only', async () => {
    const pack = write('acme.yaml', PACK);
    expect(cli(['sign', '--key', path('team.pem'), pack])).toMatchObject({
      code: 0,
      out: `signed ${pack} (acme 1.0.0) → ${pack}.sig\n`,
    });
    const signature = readFileSync(path('acme.yaml.sig'), 'utf8');
    const bytes = new Uint8Array(readFileSync(path('acme.yaml')));
    expect(await verifyPackSignature(bytes, signature, publicKey)).toBe(true);
    expect(
      await verifyPackSignature(new TextEncoder().encode(PACK.replace('1.0.0', '1.0.1')), signature, publicKey),
    ).toBe(false);
  });

  it('verify exits 0 for a good signature, 1 when the pack changed or another key signed it', () => {
    const pack = write('verify.yaml', PACK);
    cli(['sign', '--key', path('team.pem'), pack]);
    expect(cli(['verify', pack, '--key', publicKey])).toMatchObject({
      code: 0,
      out: `${pack}: signature OK (${pack}.sig)\n`,
    });
    expect(cli(['verify', pack, '--key', path('team.pem.pub')]).code).toBe(0);
    write('verify.yaml', PACK.replace('Kindly wait.', 'Kindly  wait.'));
    expect(cli(['verify', pack, '--key', publicKey])).toMatchObject({
      code: 1,
      err: expect.stringContaining('signature does NOT match'),
    });
    cli(['keygen', '--out', path('other.pem')]);
    write('verify.yaml', PACK);
    expect(cli(['verify', pack, '--key', path('other.pem.pub')]).code).toBe(1);
  });

  it('sign refuses a pack the extension would refuse, with the same errors as validate', () => {
    const pack = write('bad.yaml', PACK.replace('severity: hint', 'severity: loud'));
    const { code, err } = cli(['sign', '--key', path('team.pem'), pack]);
    expect(code).toBe(2);
    expect(err).toBe(
      `${pack}:9:15: rules[0].severity: expected one of "hint", "suggestion", "warning"\n${pack}: not signed\n`,
    );
    expect(() => statSync(path('bad.yaml.sig'))).toThrow();
  });

  it('exits 2 with a clear message for a missing signature, a bad key, or no key', () => {
    const pack = write('unsigned.yaml', PACK);
    expect(cli(['verify', pack, '--key', publicKey])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unsigned.yaml.sig: no such file'),
    });
    expect(cli(['verify', pack])).toMatchObject({
      code: 2,
      err: expect.stringContaining('give the public key with --key'),
    });
    expect(cli(['verify', pack, '--key', path('team.pem')])).toMatchObject({
      code: 2,
      err: expect.stringContaining('this is a private key'),
    });
    expect(cli(['sign', '--key', path('team.pem.pub'), pack])).toMatchObject({
      code: 2,
      err: expect.stringContaining('not a private key in PEM form'),
    });
    expect(cli(['sign', '--key', path('nope.pem'), pack])).toMatchObject({
      code: 2,
      err: expect.stringContaining('nope.pem: no such file'),
    });
    write('garbled.yaml.sig', 'not base64!');
    write('garbled.yaml', PACK);
    expect(cli(['verify', 'garbled.yaml', '--key', publicKey])).toMatchObject({
      code: 2,
      err: expect.stringContaining('garbled.yaml.sig: the signature is not base64'),
    });
  });

  it('has --help on each command, listed in the main help', () => {
    for (const command of ['keygen', 'sign', 'verify']) {
      expect(cli([command, '--help'])).toMatchObject({
        code: 0,
        out: expect.stringContaining(`Usage: empathy-coach ${command}`),
      });
      expect(cli(['--help']).out).toContain(`  ${command}`);
    }
  });
});
