/** Packs and signing keys for sync tests (unit and browser): a trainer's pack in a few versions, good and bad. */
import { generateKeyPairSync, sign } from 'node:crypto';

export interface TeamPackOptions {
  id?: string;
  ruleId?: string;
  /** The example expects this instead of the phrase: a pack whose own example fails. */
  exampleFlags?: string;
}

/** A one-rule pack that flags `phrase` (e.g. "widget id") as jargon, with an example and an allow that pass. */
export function teamPack(version: string, phrase: string, options: TeamPackOptions = {}): string {
  const flags = options.exampleFlags ?? phrase.replace(/^./, (c) => c.toUpperCase());
  return `id: ${options.id ?? 'team'}
name: Team voice
version: ${version}
language: en
rules:
  - id: ${options.ruleId ?? 'internal-words'}
    kind: phrase
    category: jargon
    severity: warning
    phrases: ["${phrase}"]
    message: "Customers don't know “{text}” (v${version})."
    examples:
      - text: ${phrase.replace(/^./, (c) => c.toUpperCase())} is ready.
        flags: ${flags}
    allows:
      - Thanks for waiting.
`;
}

export interface TestKey {
  /** Base64 SPKI, as pinned in the options page or the policy. */
  publicKey: string;
  /** Base64 signature of the exact bytes, as `empathy-coach sign` writes it. */
  sign(text: string | Uint8Array): string;
}

export function testKey(): TestKey {
  const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return {
    publicKey: pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'),
    sign: (text) =>
      sign('sha256', typeof text === 'string' ? Buffer.from(text) : text, {
        key: pair.privateKey,
        dsaEncoding: 'ieee-p1363',
      }).toString('base64'),
  };
}
