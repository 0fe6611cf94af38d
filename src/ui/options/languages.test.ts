import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS } from '../../packs/builtin';
import { coveredLanguages } from './languages';

describe('coveredLanguages', () => {
  it('names the languages the built-in packs coach, and a "*" pack as any language', () => {
    expect(coveredLanguages(BUILTIN_PACKS)).toEqual({
      names: ['English', 'French', 'German', 'Portuguese', 'Spanish'],
      anyLanguage: false,
    });
    const glossary = {
      id: 'g',
      name: 'G',
      version: '1.0.0',
      language: '*',
      rules: [
        {
          id: 'x',
          kind: 'phrase',
          category: 'jargon' as const,
          severity: 'hint' as const,
          message: 'm',
          examples: [],
          allows: [],
        },
      ],
    };
    expect(coveredLanguages([glossary]).anyLanguage).toBe(true);
  });
});
