import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliIn } from './test-io';

const dir = mkdtempSync(join(tmpdir(), 'empathy-coach-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = cliIn(dir);

const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('check', () => {
  it('prints findings like a linter and exits 1 on a warning', () => {
    const { code, out } = cli(['check', '-'], 'Unfortunately you failed to attach the file.');
    expect(code).toBe(1);
    expect(out).toContain('<stdin>:1:1  suggestion  core/unfortunately  “Unfortunately” tells the customer');
    expect(out).toContain(
      '<stdin>:1:15  warning     core/you-failed-to  “you failed to attach” puts the blame on the customer.',
    );
    expect(out).toContain('    Unfortunately you failed to attach the file.\n                  ^^^^^^^^^^^^^^^^^^^^\n');
  });

  it('exits 0 when nothing reaches warning level, and reads piped input without "-"', () => {
    const reply =
      "Hi Sam,\n\nThanks for your patience. I've refunded the order today; it reaches your card within 5 days.\n\nBest,\nAna";
    const { code, out } = cli(['check'], reply);
    expect(code).toBe(0);
    expect(out).toMatch(/empathy \d+\/100/);
  });

  it('prints the JSON contract', () => {
    const { code, out } = cli(['check', '--format', 'json', '-'], 'Unfortunately you failed to attach the file.');
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(Object.keys(json)).toEqual(['files']);
    const [result] = json.files;
    expect(result.path).toBe('<stdin>');
    expect(result.scores).toEqual({ tone: expect.any(Number), empathy: expect.any(Number) });
    expect(result.scores.tone).toBeGreaterThanOrEqual(-1);
    expect(result.scores.tone).toBeLessThan(0);
    expect(result.toneSignals).toContainEqual({ label: 'blames the reader', delta: expect.any(Number) });
    expect(result.findings).toContainEqual({
      rule: 'core/you-failed-to',
      category: 'blame',
      severity: 'warning',
      start: 14,
      end: 34,
      text: 'you failed to attach',
      message: '“you failed to attach” puts the blame on the customer.',
      why: expect.any(String),
      suggestions: expect.any(Array),
    });
    expect(Array.isArray(result.checklist)).toBe(true);
  });

  it('reads the customer message from --context and coaches against it', () => {
    const context = file('customer.txt', 'This is the THIRD time I write. Still not working!!');
    const reply = file('reply.txt', 'Hi Sam,\n\nPlease restart the app and try again.\n\nBest,\nAna');
    const { out } = cli(['check', '--format', 'json', '--context', context, reply]);
    const [result] = JSON.parse(out).files;
    expect(result.customer.emotions).toContain('frustrated');
    expect(result.customer).toEqual(
      expect.objectContaining({
        emotion: 'frustrated',
        intensity: 'strong',
        cues: expect.arrayContaining(['third time']),
      }),
    );
    expect(result.checklist).toContainEqual(expect.objectContaining({ element: 'acknowledgement', present: false }));
    const without = JSON.parse(cli(['check', '--format', 'json', reply]).out).files[0];
    expect(without.checklist.map((c: { element: string }) => c.element)).not.toContain('acknowledgement');
  });

  it('adds packs with --pack and uses only them with --only-pack', () => {
    const pack = file(
      'team.yaml',
      `id: team\nname: Team\nversion: 1.0.0\nlanguage: en\nrules:\n  - id: widget\n    kind: swap\n    category: jargon\n    severity: warning\n    swap: { widget id: account number }\n    message: say {suggestion}\n    examples: [{ text: Send your widget ID., flags: widget ID }]\n    allows: [Send your account number.]\n`,
    );
    const { code, out } = cli(
      ['check', '--only-pack', '--pack', pack, '--format', 'json', '-'],
      'Unfortunately, send your widget ID.',
    );
    expect(code).toBe(1);
    expect(JSON.parse(out).files[0].findings.map((f: { rule: string }) => f.rule)).toEqual(['team/widget']);
  });

  it('exits 2 with file, path and line when a --pack is bad', () => {
    const bad = file(
      'bad.yaml',
      'id: bad\nname: Bad\nversion: 1.0.0\nlanguage: en\nrules:\n  - id: x\n    kind: phrase\n    category: tone\n    severity: loud\n    phrases: [a]\n    message: m\n    examples: [a]\n    allows: [b]\n',
    );
    const { code, err } = cli(['check', '--pack', bad, '-'], 'hello');
    expect(code).toBe(2);
    expect(err).toBe('bad.yaml:9:15: rules[0].severity: expected one of "hint", "suggestion", "warning"\n');
  });

  it('exits 2 on bad usage: unknown flags, bad values, missing files, no input', () => {
    expect(cli(['check', '--colour', '-'], 'x')).toMatchObject({
      code: 2,
      err: expect.stringContaining("Unknown option '--colour'"),
    });
    expect(cli(['check', '--format', 'xml', '-'], 'x')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--format must be text or json, not "xml"'),
    });
    expect(cli(['check', 'nope.txt'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('nope.txt: no such file'),
    });
    expect(cli(['check'])).toMatchObject({ code: 2, err: expect.stringContaining('no reply to check') });
    expect(cli(['frobnicate'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('unknown command "frobnicate"'),
    });
  });
});

describe('validate, test and init', () => {
  it('init writes a starter pack that validates and passes its own tests', () => {
    const made = cli(['init', 'Acme Support', '--dir', dir]);
    expect(made.code).toBe(0);
    const path = join(dir, 'acme-support.yaml');
    expect(cli(['validate', path])).toMatchObject({
      code: 0,
      out: `${path}: valid (acme-support 0.1.0, 2 rules, 1 scenario)\n`,
    });
    const tested = cli(['test', path]);
    expect(tested.code).toBe(0);
    expect(tested.out).toContain('✓ no-worries');
    expect(tested.out).toContain('✓ scenario slow-refund (model reply meets 7 goals)');
    expect(tested.out).toContain('12 passed, 0 failed');
    expect(cli(['init', 'Acme Support', '--dir', dir])).toMatchObject({
      code: 2,
      err: expect.stringContaining('already exists'),
    });
    // the first line points editors at a schema that is there: the one the CLI validates with, beside the pack
    const schemaRef = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(path, 'utf8'))?.[1];
    expect(schemaRef).toBe('./pack.schema.json');
    expect(JSON.parse(readFileSync(join(dir, schemaRef!), 'utf8'))).toEqual(
      JSON.parse(readFileSync(new URL('../../rules/pack.schema.json', import.meta.url), 'utf8')),
    );
    expect(cli(['init', 'Other', '--dir', dir]).out).toBe(
      `wrote ${dir}/other.yaml\nnext: npx empathy-coach test ${dir}/other.yaml\n`,
    );
  });

  it.each(['es', 'fr', 'de', 'pt'])(
    'init --language %s writes a starter pack in that language whose tests pass',
    (language) => {
      expect(cli(['init', `Equipo ${language}`, '--dir', dir, '--language', language]).code).toBe(0);
      const path = join(dir, `equipo-${language}.yaml`);
      const tested = cli(['test', path]);
      expect(tested.out).toContain(`language ${language}`);
      expect(tested.out).toContain('4 passed, 0 failed');
      expect(cli(['init', 'Other', '--dir', dir, '--language', 'xx'])).toMatchObject({
        code: 2,
        err: expect.stringContaining('--language must be one of en, es, fr, de, pt'),
      });
    },
  );

  it('check reports the language of each reply, and is silent on one no pack coaches', () => {
    const es = file('es.txt', 'Lamentablemente no podemos hacer nada con su pedido.');
    const ru = file('ru.txt', 'Почему вы удалили мою правку? Пожалуйста, верните её, это важно.');
    const { files } = JSON.parse(cli(['check', '--format', 'json', es, ru]).out);
    expect(files.map((f: { language: string; findings: unknown[] }) => [f.language, f.findings.length > 0])).toEqual([
      ['es', true],
      ['ru', false],
    ]);
    expect(cli(['check', ru]).out).toContain('language: ru (No coaching for Russian yet)');
  });

  it('test prints each failing case with expected and actual, and exits 1', () => {
    const pack = file(
      'failing.yaml',
      `id: failing\nname: F\nversion: 1.0.0\nlanguage: en\nrules:\n  - id: kindly\n    kind: phrase\n    category: tone\n    severity: hint\n    phrases: [kindly]\n    message: m\n    examples:\n      - text: Kindly wait.\n        flags: wait\n    allows: [Please wait kindly.]\n`,
    );
    const { code, out } = cli(['test', pack]);
    expect(code).toBe(1);
    expect(out).toContain(
      '✗ kindly\n      examples[0]: "Kindly wait."\n        expected: "wait"\n        actual:   "Kindly"\n',
    );
    expect(out).toContain(
      '      allows[0]: "Please wait kindly."\n        expected: nothing\n        actual:   "kindly"\n',
    );
    expect(out).toContain('0 passed, 2 failed');
  });

  it('validate exits 2 with file, path and line for a broken pack', () => {
    const pack = file(
      'broken.json',
      '{\n  "id": "broken",\n  "name": "B",\n  "version": "1.0.0",\n  "language": "en",\n  "rules": [\n    { "id": "x", "kind": "pattern", "category": "tone", "severity": "hint",\n      "pattern": "(?<=a)b", "message": "m", "examples": ["ab"], "allows": ["b"] }\n  ]\n}\n',
    );
    const { code, err } = cli(['validate', pack]);
    expect(code).toBe(2);
    expect(err).toMatch(/^broken\.json:8:18: rules\[0\]\.pattern: bad regular expression \/\(\?<=a\)b\/: /);
  });

  it('test checks that each scenario’s model reply meets its goals, naming the file, scenario and goal missed', () => {
    const scenario = (id: string, message: string, model: string) =>
      `  - id: ${id}\n    title: Charged twice\n    situation: billing-error\n    difficulty: medium\n    channel: email\n    emotion: angry\n` +
      `    message: ${JSON.stringify(message)}\n    goals:\n      elements: [acknowledgement, next-step, time-frame]\n      rules: [core/unfortunately, team/widget]\n    model: ${JSON.stringify(model)}\n`;
    const angry = 'You charged me TWICE. This is unacceptable!';
    const good =
      "Hi Priya,\n\nI'm so sorry we charged you twice; I can see why you're upset. I've refunded the second charge today; it reaches your card within 5 days.\n\nBest,\nAna";
    const pack = file(
      'drills.yaml',
      'id: drills\nname: Drills\nversion: 1.0.0\nlanguage: en\nscenarios:\n' +
        scenario('double-charge', angry, good) +
        scenario(
          'vague',
          'Hello, I see two charges on my statement.',
          'Hi Priya,\n\nUnfortunately refunds take a while. Please send your widget ID.\n\nBest,\nAna',
        ),
    );
    const team = file(
      'team-rules.yaml',
      `id: team\nname: Team\nversion: 1.0.0\nlanguage: en\nrules:\n  - id: widget\n    kind: swap\n    category: jargon\n    severity: suggestion\n    swap: { widget id: account number }\n    message: say {suggestion}\n    examples: [{ text: Send your widget ID., flags: widget ID }]\n    allows: [Send your account number.]\n`,
    );

    // goals may name the rules of another pack of the same run
    const { code, out } = cli(['test', team, pack]);
    expect(code).toBe(1);
    expect(out).toContain(
      'drills.yaml (drills 1.0.0, language en)\n  ✓ scenario double-charge (model reply meets 5 goals)\n  ✗ scenario vague (scenarios[1])\n',
    );
    expect(out).toContain(
      "      emotion: the customer's message reads as neutral, not angry: let the feeling show in their words\n",
    );
    expect(out).toContain(
      '      model reply misses element:acknowledgement (Acknowledges the customer): The reply never acknowledges',
    );
    expect(out).toContain(
      '      model reply misses rule:core/unfortunately (Avoids “unfortunately”): “Unfortunately” tells the customer bad news is coming',
    );
    expect(out).toContain('      model reply misses rule:team/widget (Avoids “widget”): say account number');
    expect(out).not.toContain('misses element:next-step');
    expect(out).toContain('9 passed, 5 failed');

    // without the team pack the goal names no rule in use: the pack does not load
    const alone = cli(['test', pack]);
    expect(alone.code).toBe(2);
    expect(alone.err).toBe(
      'drills.yaml:15:35: scenarios[0].goals.rules[1]: no rule "team/widget" in the packs in use\ndrills.yaml:26:35: scenarios[1].goals.rules[1]: no rule "team/widget" in the packs in use\n',
    );
    expect(cli(['validate', team, pack])).toMatchObject({
      code: 0,
      out: `${team}: valid (team 1.0.0, 1 rule)\n${pack}: valid (drills 1.0.0, 0 rules, 2 scenarios)\n`,
    });
  });

  it('has --help on every command', () => {
    for (const command of ['check', 'test', 'validate', 'init']) {
      const { code, out } = cli([command, '--help']);
      expect(code).toBe(0);
      expect(out).toContain(`Usage: empathy-coach ${command}`);
    }
    expect(cli(['--help']).out).toContain('Commands:');
  });
});
