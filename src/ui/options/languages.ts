/** Which languages the agent's packs coach, for the options page: "English, French, German…" and "any language". */
import { languageName, packLanguage, type PackSpec } from '../../engine';

export function coveredLanguages(packs: readonly PackSpec[]): { names: string[]; anyLanguage: boolean } {
  const codes = new Set(packs.filter((p) => p.rules.length).map(packLanguage));
  const anyLanguage = codes.delete('*');
  return { names: [...codes].map(languageName).sort(), anyLanguage };
}
