import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_PACKS } from '../../packs/builtin-rules';
import { MECHANISM_LABELS } from '../empathy/mechanisms';
import { POLITENESS_CUES } from '../politeness';
import { SIGNAL_LABELS } from '../signal-labels';
import { createMultilingualAnalyzer } from './multilingual';
import { languageHooks } from './modules';

const analyzer = createMultilingualAnalyzer(BUILTIN_RULE_PACKS);
const ENGLISH = new Set<string>([
  ...Object.values(SIGNAL_LABELS),
  ...Object.values(MECHANISM_LABELS),
  ...POLITENESS_CUES.map((c) => c.label),
]);

// Drafts that raise many signals at once: thanks, a greeting, a time frame, an order, capitals, "??", a harsh
// word, an upset customer left unacknowledged…
const DRAFTS: Record<string, { draft: string; customer: string; unacknowledged: string }> = {
  es: {
    draft:
      'Hola Ana,\n\n¿Por qué no has leído el manual?? Tienes que reiniciar el router, es OBLIGATORIO. Gracias. Te escribiré mañana.\n\nUn saludo,\nLuis',
    customer: 'Estoy harta, es la tercera vez que escribo y sigue sin funcionar.',
    unacknowledged: 'no reconoce la frustración del cliente',
  },
  fr: {
    draft:
      'Bonjour Anne,\n\nPourquoi vous n’avez pas lu le manuel ?? Vous devez redémarrer le routeur, c’est OBLIGATOIRE. Merci. Je vous écris demain.\n\nCordialement,\nLuc',
    customer: 'J’en ai marre, c’est la troisième fois que j’écris et ça ne marche toujours pas.',
    unacknowledged: 'ne reconnaît pas la frustration du client',
  },
  de: {
    draft:
      'Hallo Anna,\n\nWarum haben Sie das Handbuch nicht gelesen?? Sie müssen den Router neu starten, das ist PFLICHT. Danke. Ich schreibe Ihnen morgen.\n\nViele Grüße\nLukas',
    customer: 'Ich habe die Nase voll, das ist schon das dritte Mal, dass ich schreibe, und es geht immer noch nicht.',
    unacknowledged: 'geht nicht auf die Frustration des Kunden ein',
  },
  pt: {
    draft:
      'Olá Ana,\n\nPor que você não leu o manual?? Você tem que reiniciar o roteador, é OBRIGATÓRIO. Obrigado. Escrevo-lhe amanhã.\n\nUm abraço,\nLuís',
    customer: 'Estou farta, é a terceira vez que escrevo e continua sem funcionar.',
    unacknowledged: 'não reconhece a frustração do cliente',
  },
};

describe('signal labels in the draft’s language', () => {
  it.each(Object.keys(DRAFTS))('names every %s signal in its own language', (code) => {
    const { draft, customer, unacknowledged } = DRAFTS[code];
    const report = analyzer.analyze(draft, { customerMessage: customer });
    expect(report.language).toBe(code);
    const own = Object.values(languageHooks(code)!.labels!).filter((l) => typeof l === 'string');
    const labels = [...report.scores.signals, ...report.scores.toneSignals].map((s) => s.label);
    expect(labels.length).toBeGreaterThanOrEqual(8);
    expect(labels.filter((l) => ENGLISH.has(l) && !own.includes(l))).toEqual([]);
    expect(labels).toContain(unacknowledged);
    // the JSON contract: a signal is still its text and a number; rule ids stay English
    for (const s of report.scores.signals) expect(Object.keys(s).sort()).toEqual(['delta', 'label']);
    expect(report.findings.every((f) => /^core-[a-z]{2}\/[a-z-]+$/.test(f.rule))).toBe(true);
  });

  it.each(['es', 'fr', 'de', 'pt'])('gives %s a name for every signal, so none falls back to English', (code) => {
    const labels = languageHooks(code)!.labels!;
    expect(Object.keys(SIGNAL_LABELS).filter((id) => !(id in labels))).toEqual([]);
    expect(labels['never-acknowledges']).toContain('{emotion}');
    expect(Object.keys(labels.emotions ?? {}).sort()).toEqual(
      ['angry', 'anxious', 'confused', 'frustrated', 'happy', 'neutral', 'sad', 'urgent'].sort(),
    );
  });

  it('keeps English drafts’ signals in English', () => {
    const report = analyzer.analyze('Hi Sam,\n\nThanks for writing. You must restart the router.\n\nBest,\nAl', {
      customerMessage: 'This is the third time I write and it still does not work. I am fed up.',
    });
    const labels = [...report.scores.signals, ...report.scores.toneSignals].map((s) => s.label);
    expect(labels).toEqual(expect.arrayContaining(['thanks the customer', 'positive wording', 'greeting']));
    expect(labels.some((l) => l.startsWith('never acknowledges a'))).toBe(true);
  });
});
