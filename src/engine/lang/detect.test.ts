import { describe, expect, it } from 'vitest';
import { detectLanguage, detectorRunCount, mainLanguage, paragraphs } from './detect';

const DRAFT = Array.from(
  { length: 40 },
  (_, i) => `Line ${i}: we have sent the replacement parcel today and it should reach you by Friday.`,
).join('\n');

describe('language detection by line', () => {
  it('runs the detector once per line it has not seen, and never again for a line still in the draft', () => {
    const before = detectorRunCount();
    paragraphs(DRAFT);
    expect(detectorRunCount() - before).toBe(40);
    // an agent typing in a long draft: one new line text a keystroke, the rest of the draft unchanged, for
    // longer than the cache holds; the untouched lines must stay cached (least recently used leaves first)
    const typed = 2100;
    const start = detectorRunCount();
    for (let k = 0; k < typed; k++) paragraphs(`${DRAFT}\nAnd one more thing I typed, number ${k}.`);
    expect(detectorRunCount() - start).toBe(typed);
  });

  it('gives a short line the draft’s language, decided by the lines that can tell', () => {
    const lines = paragraphs(
      'Hola Ana,\n\nTe enviaré hoy mismo la factura corregida con el importe correcto.\n\nUn saludo',
    );
    expect(lines.map((l) => l.detection.reliable)).toEqual([false, true, false]);
    expect(mainLanguage(lines, 'en')).toBe('es');
    expect(detectLanguage('Hola').reliable).toBe(false);
  });
});
