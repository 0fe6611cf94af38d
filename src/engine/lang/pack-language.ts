import type { PackSpec } from '../types';

/** A pack's language as the engine groups it: "*" or the two-letter code ("en-GB" coaches "en"). */
export function packLanguage(pack: Pick<PackSpec, 'language'>): string {
  const language = (pack.language ?? 'en').trim().toLowerCase();
  return language === '*' ? '*' : language.slice(0, 2);
}
