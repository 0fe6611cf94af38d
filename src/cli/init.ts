import { parseArgs } from 'node:util';
import packSchema from '../../rules/pack.schema.json';
import { localStarterPack, STARTER_LANGUAGES } from './init-languages';
import { UsageError, type Io } from './io';

export const INIT_HELP = `Usage: empathy-coach init NAME [--dir DIR] [--language CODE]

Writes NAME.yaml: a starter pack with two example rules and a practice scenario that passes "empathy-coach test",
and pack.schema.json beside it, the schema editors complete and check the pack with.
With --language (${STARTER_LANGUAGES.join(', ')}), the pack coaches drafts in that language, its rules written in it.
Never overwrites an existing file.`;

/** The schema file written beside a new pack, which its first line points editors at (no network needed). */
export const SCHEMA_FILE = 'pack.schema.json';

export function starterPack(id: string, name: string): string {
  return `# yaml-language-server: $schema=./${SCHEMA_FILE}
# ${name}: a starter pack. Check it with "npx empathy-coach test ${id}.yaml",
# and coach a reply with it: "npx empathy-coach check --pack ${id}.yaml reply.txt".
id: ${id}
name: ${JSON.stringify(name)}
version: 0.1.0
language: en
rules:
  # A phrase rule: literal phrases, whole words, any case.
  - id: no-worries
    kind: phrase
    category: tone
    severity: hint
    phrases: ["no worries"]
    message: "“{text}” can sound offhand when the customer is worried."
    why: Tell the customer what you did instead; it reassures more than a shrug.
    suggest: ["I've taken care of it"]
    examples:               # each must flag exactly this text
      - text: No worries, it happens.
        flags: No worries
    allows:                 # each must flag nothing
      - I'm not worried about the delay.

  # A swap rule: your product glossary, internal word → the customer's word.
  - id: glossary
    kind: swap
    category: jargon
    severity: suggestion
    swap:
      workspace id: account number
      sev1: urgent issue
    message: "Customers don't know “{text}”; try “{suggestion}”."
    why: Customers should never need our internal vocabulary to understand a reply.
    examples:
      - text: Please send me your workspace ID.
        flags: workspace ID
    allows:
      - Please send me your account number.

# A practice scenario: a customer's message to answer, the goals a good reply meets (elements it contains,
# rules it must not draw), and a model reply that "empathy-coach test" checks against those goals.
scenarios:
  - id: slow-refund
    title: A refund that is taking too long
    situation: refund
    difficulty: easy
    channel: email
    emotion: frustrated
    message: I've been waiting two weeks for my refund and it's still not here.
    goals:
      elements: [greeting, acknowledgement, next-step, time-frame, closing]
      rules: [no-worries, core/vague-time]
    model: |
      Hi Sam,

      I'm sorry the refund is taking so long, and I can see why you're frustrated after two weeks. I've checked: we sent it on 2 May, and your bank will show it by Friday.

      If it isn't there by then, reply to this email and I'll chase it for you the same day.

      Best,
      Ana
    notes: Say when, and what you'll do if that date passes; "as soon as possible" is what they have heard already.
`;
}

export function init(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      dir: { type: 'string', default: '.' },
      language: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.out(INIT_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('give exactly one NAME, e.g. "empathy-coach init acme-support"');
  const name = positionals[0];
  const id = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 'p$1')
    .slice(0, 40);
  if (!id) throw new UsageError(`"${name}" has no letters or digits to make a pack id from`);
  const path = `${values.dir.replace(/\/+$/, '')}/${id}.yaml`;
  const language = values.language.toLowerCase();
  const text = language === 'en' ? starterPack(id, name) : localStarterPack(id, name, language);
  if (!text)
    throw new UsageError(`--language must be one of ${STARTER_LANGUAGES.join(', ')}, not "${values.language}"`);
  if (io.exists(path)) throw new UsageError(`${path} already exists; choose another NAME or remove it`);
  io.writeFile(path, text);
  // the schema of this version of the CLI; one already there (from an earlier init) is kept
  const schemaPath = `${values.dir.replace(/\/+$/, '')}/${SCHEMA_FILE}`;
  const wroteSchema = !io.exists(schemaPath);
  if (wroteSchema) io.writeFile(schemaPath, `${JSON.stringify(packSchema, null, 2)}\n`);
  io.out(`wrote ${path}${wroteSchema ? ` and ${schemaPath}` : ''}\nnext: npx empathy-coach test ${path}`);
  return 0;
}
