/**
 * The languages the engine has cues for. English is the analyzer's own default (elements.ts, politeness.ts,
 * context.ts, afinn.ts), with one addition: a greeting or sign-off line in another of these languages ("Hola Ana,",
 * "Un saludo,") counts as a greeting or a closing, so a Spanish greeting in an English reply is not "missing".
 */
import { detectElements as detectEnglishElements } from '../elements';
import type { Element } from '../types';
import { german } from './de';
import type { LanguageModule } from './define';
import { spanish } from './es';
import { french } from './fr';
import type { LanguageHooks } from './hooks';
import { portuguese } from './pt';

const OTHERS: readonly LanguageModule[] = [spanish, french, german, portuguese];
const LINE_ELEMENTS: readonly Element[] = ['greeting', 'closing'];
// greeting and sign-off lines are short; longer sentences are the English cues' alone
const SHORT_LINE_WORDS = 6;

export const englishHooks: LanguageHooks = {
  english: true,
  detectElements(sentence, mechanisms) {
    const found = detectEnglishElements(sentence, mechanisms);
    if (sentence.split(/\s+/).length <= SHORT_LINE_WORDS) {
      for (const other of OTHERS) {
        for (const element of other.detectElements!(sentence)) if (LINE_ELEMENTS.includes(element)) found.add(element);
      }
    }
    return found;
  },
};

const MODULES = new Map<string, LanguageHooks>([['en', englishHooks], ...OTHERS.map((m) => [m.code, m] as const)]);

/** The language's hooks for the analyzer, or undefined for a language without cues. */
export function languageHooks(code: string): LanguageHooks | undefined {
  return MODULES.get(code);
}

/** Codes of the languages with cues. */
export const LANGUAGES_WITH_CUES: readonly string[] = [...MODULES.keys()];
