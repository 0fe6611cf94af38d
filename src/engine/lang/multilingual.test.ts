import { describe, expect, it } from 'vitest';
import { BUILTIN_RULE_PACKS } from '../../packs/builtin-rules';
import { createMultilingualAnalyzer, packLanguage } from './multilingual';
import { auc, readPoliteness } from './test-helpers';

const analyzer = createMultilingualAnalyzer(BUILTIN_RULE_PACKS);
const rules = (text: string, customerMessage?: string) =>
  analyzer.analyze(text, { customerMessage }).findings.map((f) => f.rule);
// English advice the English pack would give on any draft missing it
const ENGLISH = /\b(?:Hi there|Let me know|I understand|Thanks|the|you|your)\b/;

describe('coaching by language', () => {
  it('coaches an English draft as before, and says it is English', () => {
    const report = analyzer.analyze('Unfortunately, you failed to read the policy.');
    expect(report.language).toBe('en');
    expect(report.coached).toBe(true);
    expect(report.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['core/unfortunately', 'core/you-failed-to']),
    );
  });

  it('coaches a Spanish draft with the Spanish pack only, in Spanish', () => {
    const report = analyzer.analyze(
      'Lamentablemente no podemos hacer nada con su pedido. Tiene que esperar a la semana que viene para volver a pedirlo.',
    );
    expect(report.language).toBe('es');
    expect(report.findings.map((f) => f.rule)).toEqual(
      [
        'core-es/desgraciadamente',
        'core-es/no-podemos',
        'core-es/tienes-que',
        'core-es/despedida',
        'core-es/saludo',
      ].sort((a, b) => report.findings.findIndex((f) => f.rule === a) - report.findings.findIndex((f) => f.rule === b)),
    );
    for (const f of report.findings) for (const s of f.suggestions) expect(s).not.toMatch(ENGLISH);
  });

  it('keeps the address of the draft in suggestions (tú and usted, tu and vous)', () => {
    const [tu] = analyzer
      .analyze('Para eso tienes que entrar en tu cuenta.')
      .findings.filter((f) => f.rule === 'core-es/tienes-que');
    const [usted] = analyzer
      .analyze('Para eso tiene que entrar en su cuenta.')
      .findings.filter((f) => f.rule === 'core-es/tienes-que');
    expect([tu.suggestions, usted.suggestions]).toEqual([['puedes'], ['puede']]);
    const vous = analyzer
      .analyze('Pour cela vous devez vous connecter à votre compte.')
      .findings.find((f) => f.rule === 'core-fr/vous-devez');
    const toi = analyzer
      .analyze('Pour cela tu dois te connecter à ton compte.')
      .findings.find((f) => f.rule === 'core-fr/vous-devez');
    expect([vous?.suggestions, toi?.suggestions]).toEqual([['vous pouvez'], ['tu peux']]);
  });

  it('finds the elements of a Spanish reply: no “missing greeting” on “Hola Ana,”', () => {
    const report = analyzer.analyze(
      'Hola Ana,\n\nGracias por tu paciencia. Te enviaré hoy la factura corregida con el importe bueno.\n\nUn saludo,\nCarlos',
    );
    expect(report.checklist.filter((c) => !c.present)).toEqual([]);
    expect(report.findings).toEqual([]);
  });

  it('stays silent on a language no pack covers, with neutral scores', () => {
    for (const text of [
      'Добрый день! Почему вы удалили мою правку? Пожалуйста, верните её, это была важная информация.',
      'Jó napot! Miért törölted a szerkesztésemet? Kérlek, állítsd vissza, fontos információ volt benne.',
      'Xin chào, tại sao bạn lại xóa chỉnh sửa của tôi? Vui lòng khôi phục lại, đó là thông tin quan trọng.',
      'Hallo, hoekom het jy my wysiging uitgevee? Sit dit asseblief terug, dit was belangrike inligting.',
    ]) {
      const report = analyzer.analyze(text);
      expect(report.findings, text).toEqual([]);
      expect(report.coached).toBe(false);
      expect(report.scores).toMatchObject({ tone: 0, empathy: 0 });
      expect(report.language).not.toBe('en');
    }
  });

  it('coaches the English lines of a mixed draft and leaves a quoted Russian line alone', () => {
    const text =
      'Hi Sam,\n\nYou wrote:\nПочему вы удалили мою правку? Пожалуйста, верните её.\n\nUnfortunately you failed to attach the invoice, so I could not restore the edit yet. I will look again as soon as it arrives.';
    const report = analyzer.analyze(text);
    expect(report.language).toBe('en');
    expect(report.findings.map((f) => f.text)).toEqual(
      expect.arrayContaining(['Unfortunately', 'you failed to attach']),
    );
    expect(report.findings.every((f) => !/[а-я]/i.test(f.text))).toBe(true);
  });

  it('coaches a Spanish paragraph of an English draft with the Spanish rules', () => {
    const text =
      'Hi Ana,\n\nThanks for your patience, I will send the corrected invoice today so you can check it.\n\nLamentablemente no podemos hacer nada más con el pedido anterior.';
    const found = analyzer.analyze(text).findings.map((f) => f.rule);
    expect(found).toEqual(expect.arrayContaining(['core-es/desgraciadamente', 'core-es/no-podemos']));
    expect(found.some((r) => r.startsWith('core/'))).toBe(false);
  });

  it('follows edits in either language of a mixed draft (the other language’s findings are kept, not stale)', () => {
    const own = createMultilingualAnalyzer(BUILTIN_RULE_PACKS);
    const english = 'Thanks for your patience, I will send the corrected invoice today so you can check it.';
    const spanish = 'Lamentablemente no podemos hacer nada más con el pedido anterior.';
    const spanishRules = (text: string) =>
      own
        .analyze(text)
        .findings.filter((f) => f.rule.startsWith('core-es/'))
        .map((f) => `${f.start}-${f.end} ${f.rule}`);
    const first = spanishRules(`Hi Ana,\n\n${english}\n\n${spanish}`);
    expect(first.length).toBeGreaterThan(0);
    // an edit in the English line that keeps its length: the Spanish findings stay where they were
    expect(spanishRules(`Hi Ana,\n\n${english.replace('today', 'todax')}\n\n${spanish}`)).toEqual(first);
    // one word longer: they move with their text
    const moved = spanishRules(`Hi Ana,\n\n${english.replace('today', 'today or')}\n\n${spanish}`);
    expect(moved).toEqual(first.map((f) => f.replace(/^(\d+)-(\d+)/, (_, a, b) => `${+a + 3}-${+b + 3}`)));
    // an edit in the Spanish line: its findings follow it
    const edited = spanishRules(`Hi Ana,\n\n${english}\n\n${spanish.replace('Lamentablemente n', 'N')}`);
    expect(edited.some((f) => f.endsWith('core-es/desgraciadamente'))).toBe(false);
    expect(edited.some((f) => f.endsWith('core-es/no-podemos'))).toBe(true);
  });

  it('keeps the previous language for a draft too short to tell', () => {
    const own = createMultilingualAnalyzer(BUILTIN_RULE_PACKS);
    own.analyze('Gracias por escribirnos, lo revisamos hoy mismo.');
    expect(own.analyze('Vale').language).toBe('es');
    expect(createMultilingualAnalyzer(BUILTIN_RULE_PACKS).analyze('Ok').language).toBe('en');
  });

  it('reads the customer in their own language', () => {
    const report = analyzer.analyze('Hola Ana, lo reviso ahora mismo.', {
      customerMessage: '¡Es la tercera vez que escribo y sigue sin funcionar! Estoy harta.',
    });
    expect(report.customer?.emotion).toBe('frustrated');
    expect(
      rules(
        'Hola Ana,\n\nReinicia la aplicación y la sincronización volverá a empezar.',
        'Estoy harta, sigue sin funcionar.',
      ),
    ).toContain('core-es/reconocer-emociones');
  });

  it.each(['es', 'fr', 'de', 'pt'])('separates polite from impolite %s requests by tone', (language) => {
    const requests = readPoliteness(language);
    expect(requests.filter((r) => r.polite).length).toBeGreaterThanOrEqual(25);
    expect(requests.filter((r) => !r.polite).length).toBeGreaterThanOrEqual(25);
    expect(requests.filter((r) => analyzer.languageOf(r.text) !== language)).toEqual([]);
    const scored = requests.map(({ polite, text }) => ({
      positive: polite,
      score: analyzer.analyze(text).scores.tone,
    }));
    expect(auc(scored)).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a thanks or a “por favor” as courtesy in every language (no “no courtesy yet” beside it)', () => {
    const toneLabels = (text: string) => analyzer.analyze(text).scores.toneSignals.map((s) => s.label);
    const curt = 'aún sin cortesía (gracias, saludo, disculpa, “¿podría…?”)';
    expect(toneLabels('Reinicia el router y vuelve a intentarlo mañana por la tarde.')).toContain(curt);
    expect(toneLabels('Gracias. Reinicia el router y vuelve a intentarlo mañana por la tarde.')).not.toContain(curt);
    expect(toneLabels('Bitte starten Sie den Router neu und versuchen Sie es morgen noch einmal.')).not.toContain(
      'noch keine Höflichkeit (Dank, Gruß, Entschuldigung, „könnten Sie…“)',
    );
  });

  it('groups packs by their language, "*" for any', () => {
    expect(['en', 'en-GB', 'ES', '*'].map((language) => packLanguage({ language }))).toEqual(['en', 'en', 'es', '*']);
    const any = createMultilingualAnalyzer([
      {
        id: 'team',
        name: 'Team',
        version: '1.0.0',
        language: '*',
        rules: [
          {
            id: 'acme',
            kind: 'phrase',
            category: 'jargon',
            severity: 'hint',
            message: 'm',
            phrases: ['acmeflux'],
            examples: [],
            allows: [],
          },
        ],
      },
    ]);
    expect(any.analyze('Привет, acmeflux уже работает.').findings.map((f) => f.rule)).toEqual(['team/acme']);
  });
});

describe('German and Portuguese', () => {
  it('keeps "Sie" capitalised in a suggestion mid-sentence, and "du" as it is', () => {
    const formal = analyzer
      .analyze('Für die Rückerstattung müssen Sie nichts tun, aber danach Sie müssen den Cache leeren.')
      .findings.find((f) => f.rule === 'core-de/sie-muessen');
    const informal = analyzer
      .analyze('Dafür musst du dich anmelden, und dann du musst kurz warten.')
      .findings.find((f) => f.rule === 'core-de/sie-muessen');
    expect([formal?.suggestions, informal?.suggestions]).toEqual([['Sie können'], ['du kannst']]);
  });

  it('coaches Portuguese drafts with the Portuguese pack', () => {
    const report = analyzer.analyze(
      'Infelizmente você tem que esperar até a próxima semana para fazer um novo pedido.',
    );
    expect(report.language).toBe('pt');
    expect(report.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['core-pt/infelizmente', 'core-pt/voce-tem-que']),
    );
  });
});
