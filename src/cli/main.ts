/** The `empathy-coach` command: check replies, and test, validate, start and sign rule packs. */
import { check, CHECK_HELP } from './check';
import { init, INIT_HELP } from './init';
import { NotUtf8Error, UsageError, type Io } from './io';
import { keygen, KEYGEN_HELP, sign, SIGN_HELP, verify, VERIFY_HELP } from './keys';
import { BadPackError } from './packs';
import { formatIssue } from '../packs';
import { testPacks, TEST_HELP } from './test-packs';
import { validate, VALIDATE_HELP } from './validate';

const COMMANDS: Record<
  string,
  { run: (args: string[], io: Io) => number | Promise<number>; help: string; summary: string }
> = {
  check: { run: check, help: CHECK_HELP, summary: 'coach replies (files or stdin) like a linter' },
  test: { run: testPacks, help: TEST_HELP, summary: "run packs' examples and allows" },
  validate: { run: validate, help: VALIDATE_HELP, summary: 'check packs against the schema and compile them' },
  init: { run: init, help: INIT_HELP, summary: 'write a starter pack that passes test' },
  keygen: { run: keygen, help: KEYGEN_HELP, summary: 'make a key pair for signing packs' },
  sign: { run: sign, help: SIGN_HELP, summary: 'sign packs (writes PACK.sig)' },
  verify: { run: verify, help: VERIFY_HELP, summary: "check packs' signatures against a public key" },
};

export const MAIN_HELP = `Usage: empathy-coach <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)}${c.summary}`)
  .join('\n')}

Run "empathy-coach <command> --help" for a command's options.
Example: echo "Unfortunately you failed to attach the file." | empathy-coach check -`;

export function run(argv: string[], io: Io): number | Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(MAIN_HELP);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    io.out(__VERSION__);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`empathy-coach: unknown command "${name}"\n\n${MAIN_HELP}`);
    return 2;
  }
  const failed = (error: unknown) => commandError(name, error, io);
  try {
    const code = command.run(args, io);
    return code instanceof Promise ? code.catch(failed) : code;
  } catch (error) {
    return failed(error);
  }
}

/** The exit code and message of a command that threw: 2, with the usage hint for bad usage. */
function commandError(name: string, error: unknown, io: Io): number {
  if (error instanceof BadPackError) {
    io.err(error.issues.map(formatIssue).join('\n'));
    return 2;
  }
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  if (usage) {
    io.err(`empathy-coach ${name}: ${(error as Error).message}\nRun "empathy-coach ${name} --help" for usage.`);
    return 2;
  }
  if (error instanceof NotUtf8Error) {
    io.err(error.message);
    return 2;
  }
  // Anything else (an unreadable stdin, a bug) must not exit 1, which means "findings at warning level"; the
  // message only, never a stack trace
  io.err(`empathy-coach ${name}: ${(error as Error)?.message ?? String(error)}`);
  return 2;
}

declare const __VERSION__: string;
