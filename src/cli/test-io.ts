/** For the CLI's tests: runs the command in-process on files in a temp dir, with optional stdin and captured output. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8Strict, type Io } from './io';
import { run } from './main';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

interface Captured {
  io: Io;
  result(code: number): CliResult;
}

function captureIn(dir: string, stdin: string | undefined, errIsTerminal: boolean): Captured {
  const at = (p: string) => (p.startsWith('/') ? p : join(dir, p));
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => void (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => void (err += t.endsWith('\n') ? t : `${t}\n`),
    readFile: (p) => decodeUtf8Strict(readFileSync(at(p)), p),
    readBytes: (p) => new Uint8Array(readFileSync(at(p))),
    readStdin: () => stdin ?? '',
    async *lines(p) {
      yield* (p === '-' ? (stdin ?? '') : readFileSync(at(p), 'utf8')).split(/\r?\n/);
    },
    write: async (t) => void (out += t),
    progress: (t, final) => void (err += `[progress] ${t}${final ? '\n' : ''}`),
    stdinIsTerminal: stdin === undefined,
    errIsTerminal,
    writeFile: (p, t, options = {}) =>
      writeFileSync(at(p), t, { flag: options.overwrite ? 'w' : 'wx', mode: options.mode }),
    exists: (p) => {
      try {
        readFileSync(at(p));
        return true;
      } catch {
        return false;
      }
    },
    color: false,
  };
  return { io, result: (code) => ({ code, out, err }) };
}

export function cliIn(dir: string): (args: string[], stdin?: string) => CliResult {
  return (args, stdin) => {
    const { io, result } = captureIn(dir, stdin, false);
    const code = run(args, io);
    if (typeof code !== 'number') throw new Error(`${args.join(' ')} runs asynchronously: use cliAsyncIn`);
    return result(code);
  };
}

/** The same for commands that stream (check --pairs); `errIsTerminal` shows the progress line. */
export function cliAsyncIn(
  dir: string,
): (args: string[], stdin?: string, errIsTerminal?: boolean) => Promise<CliResult> {
  return async (args, stdin, errIsTerminal = false) => {
    const { io, result } = captureIn(dir, stdin, errIsTerminal);
    return result(await run(args, io));
  };
}
