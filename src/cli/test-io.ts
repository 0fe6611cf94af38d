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

export function cliIn(dir: string): (args: string[], stdin?: string) => CliResult {
  const at = (p: string) => (p.startsWith('/') ? p : join(dir, p));
  return (args, stdin) => {
    let out = '';
    let err = '';
    const io: Io = {
      out: (t) => void (out += t.endsWith('\n') ? t : `${t}\n`),
      err: (t) => void (err += t.endsWith('\n') ? t : `${t}\n`),
      readFile: (p) => decodeUtf8Strict(readFileSync(at(p)), p),
      readBytes: (p) => new Uint8Array(readFileSync(at(p))),
      readStdin: () => stdin ?? '',
      stdinIsTerminal: stdin === undefined,
      writeFile: (p, t, options = {}) => writeFileSync(at(p), t, { flag: options.overwrite ? 'w' : 'wx', mode: options.mode }),
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
    const code = run(args, io);
    return { code, out, err };
  };
}
