/**
 * Signing packs: `keygen` makes an ECDSA P-256 key pair, `sign` writes PACK.sig over the pack's exact bytes,
 * `verify` checks it the way the extension does. Node's crypto signs in the IEEE P1363 form (r‖s, 64 bytes)
 * that WebCrypto verifies in the browser; src/packs/signature.ts is the browser side.
 */
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign as signBytes,
  verify as verifyBytes,
  type KeyObject,
} from 'node:crypto';
import { parseArgs } from 'node:util';
import { formatIssue, loadPack, publicKeyBytes, SignatureFormatError, signatureBytes } from '../packs';
import { readBytes, readText, UsageError, type Io } from './io';

export const DEFAULT_KEY_FILE = 'empathy-coach-signing-key.pem';

export const KEYGEN_HELP = `Usage: empathy-coach keygen [--out FILE]

Makes an ECDSA P-256 key pair for signing packs. Writes the private key to FILE (default
${DEFAULT_KEY_FILE}, readable only by you; never overwritten) and its public key to FILE.pub,
and prints the public key: pin it in the extension's options or in the enterprise policy ("publicKey").
Keep the private key secret and out of version control.`;

export const SIGN_HELP = `Usage: empathy-coach sign PACK... [--key FILE]

Checks each pack (schema, rules, examples) and, if it loads, signs its exact bytes with the private key in
FILE (default ${DEFAULT_KEY_FILE}), writing PACK.sig next to it. Publish PACK.sig at the pack's URL + ".sig".
Sign again after every change: a single changed byte makes the signature fail.

Exit status: 0 signed, 2 bad usage, an unreadable key, or a pack that does not load.`;

export const VERIFY_HELP = `Usage: empathy-coach verify PACK... --key KEY [--sig FILE]

Checks PACK.sig (or --sig FILE, with one PACK) against the public KEY, as the extension does before it
activates a pack with a pinned key. KEY is the base64 public key, or a file holding it (FILE.pub, or PEM).

Exit status: 0 every signature is valid, 1 a signature does not match, 2 bad usage or unreadable files.`;

export function keygen(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', default: DEFAULT_KEY_FILE },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(KEYGEN_HELP);
    return 0;
  }
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"; use --out FILE`);
  const out = values.out;
  if (io.exists(out))
    throw new UsageError(`${out} already exists; keygen never overwrites a key (choose another --out)`);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const publicBase64 = publicKeyBase64(publicKey);
  io.writeFile(out, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), { mode: 0o600 });
  io.writeFile(`${out}.pub`, `${publicBase64}\n`, { overwrite: true });
  io.err(`wrote ${out} (private: keep it secret) and ${out}.pub\nnext: npx empathy-coach sign --key ${out} PACK`);
  io.out(publicBase64);
  return 0;
}

export function sign(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      key: { type: 'string', default: DEFAULT_KEY_FILE },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(SIGN_HELP);
    return 0;
  }
  if (!positionals.length) throw new UsageError('give at least one PACK file');
  const key = readPrivateKey(io, values.key);
  let broken = false;
  for (const file of positionals) {
    const bytes = readBytes(io, file);
    const loaded = loadPack(decodeUtf8(bytes, file), file);
    if (!loaded.ok) {
      // a pack the extension would refuse is not worth signing: say why instead
      broken = true;
      io.err(loaded.issues.map(formatIssue).join('\n'));
      io.err(`${file}: not signed`);
      continue;
    }
    const signature = signBytes('sha256', bytes, { key, dsaEncoding: 'ieee-p1363' }).toString('base64');
    io.writeFile(`${file}.sig`, `${signature}\n`, { overwrite: true });
    io.out(`signed ${file} (${loaded.pack.id} ${loaded.pack.version}) → ${file}.sig`);
  }
  return broken ? 2 : 0;
}

export function verify(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      key: { type: 'string' },
      sig: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(VERIFY_HELP);
    return 0;
  }
  if (!positionals.length) throw new UsageError('give at least one PACK file');
  if (!values.key) throw new UsageError('give the public key with --key KEY (base64, or a file holding it)');
  if (values.sig && positionals.length > 1) throw new UsageError('--sig FILE works with one PACK only');
  const key = readPublicKey(io, values.key);
  let mismatch = false;
  for (const file of positionals) {
    const sigFile = values.sig ?? `${file}.sig`;
    const bytes = readBytes(io, file);
    const signature = readText(io, sigFile);
    let raw: Uint8Array;
    try {
      raw = signatureBytes(signature);
    } catch (error) {
      throw new UsageError(`${sigFile}: ${(error as Error).message}`);
    }
    if (verifyBytes('sha256', bytes, { key, dsaEncoding: 'ieee-p1363' }, raw))
      io.out(`${file}: signature OK (${sigFile})`);
    else {
      mismatch = true;
      io.err(
        `${file}: signature does NOT match (${sigFile}): the pack changed after it was signed, or another key signed it`,
      );
    }
  }
  return mismatch ? 1 : 0;
}

function publicKeyBase64(key: KeyObject): string {
  return key.export({ type: 'spki', format: 'der' }).toString('base64');
}

function readPrivateKey(io: Io, file: string): KeyObject {
  const text = readText(io, file);
  let key: KeyObject;
  try {
    key = createPrivateKey(text);
  } catch {
    throw new UsageError(`${file}: not a private key in PEM form (make one with "empathy-coach keygen")`);
  }
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new UsageError(`${file}: not an ECDSA P-256 key (make one with "empathy-coach keygen")`);
  }
  return key;
}

/** KEY is the key itself (base64 or PEM) when it reads as one, else a file holding it. */
function readPublicKey(io: Io, key: string): KeyObject {
  const looksInline = /^[A-Za-z0-9+/=\s]{40,}$/.test(key) || key.includes('-----BEGIN');
  const text = looksInline ? key : readText(io, key);
  const where = looksInline ? '--key' : key;
  try {
    const der = publicKeyBytes(text);
    const parsed = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
    if (parsed.asymmetricKeyType !== 'ec' || parsed.asymmetricKeyDetails?.namedCurve !== 'prime256v1')
      throw new SignatureFormatError('not P-256');
    return parsed;
  } catch (error) {
    const reason =
      error instanceof SignatureFormatError && error.message !== 'not P-256'
        ? error.message
        : 'not an ECDSA P-256 public key';
    throw new UsageError(`${where}: ${reason}`);
  }
}

function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`${file}: not UTF-8 text`);
  }
}
