/** The CLI's contact with the outside: files, stdin, output streams and colour. Commands take an Io so tests can run them in-process. */
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): string;
  /** A file's exact bytes (what a signature covers). */
  readBytes(path: string): Uint8Array;
  readStdin(): string;
  /** A file's lines ("-": standard input's), read as a stream. */
  lines(path: string): AsyncIterable<string>;
  /** Writes to standard output, resolving when the output can take more (streams keep memory flat). */
  write(text: string): Promise<void>;
  /** Replaces the progress line on stderr (a terminal only); `final` ends it. */
  progress(text: string, final?: boolean): void;
  stdinIsTerminal: boolean;
  errIsTerminal: boolean;
  /** Refuses to overwrite an existing file unless `overwrite` is set; `mode` sets the new file's permissions. */
  writeFile(path: string, text: string, options?: WriteOptions): void;
  exists(path: string): boolean;
  color: boolean;
}

export interface WriteOptions {
  overwrite?: boolean;
  mode?: number;
}

/** Bad usage: the message is printed with the command's usage line, and the exit code is 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function readText(io: Io, path: string): string {
  if (path === '-') return io.readStdin();
  return reading(path, () => io.readFile(path));
}

export function readBytes(io: Io, path: string): Uint8Array {
  return reading(path, () => io.readBytes(path));
}

/** Runs a read, turning "no such file" and friends into a UsageError that names the file. */
function reading<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `${path}: no such file` : code === 'EISDIR' ? `${path}: is a directory` : `${path}: ${(error as Error).message}`);
  }
}

export function nodeIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readFile: (path) => readFileSync(path, 'utf8'),
    readBytes: (path) => new Uint8Array(readFileSync(path)),
    readStdin: () => readFileSync(0, 'utf8'),
    lines: (path) => createInterface({ input: path === '-' ? process.stdin : createReadStream(path, 'utf8'), crlfDelay: Infinity }),
    write: async (text) => {
      if (!process.stdout.write(text)) await once(process.stdout, 'drain');
    },
    progress: (text, final) => process.stderr.write(`\r\x1b[K${text}${final ? '\n' : ''}`),
    stdinIsTerminal: Boolean(process.stdin.isTTY),
    errIsTerminal: Boolean(process.stderr.isTTY),
    writeFile: (path, text, options = {}) => {
      // 'wx' refuses to overwrite: init never clobbers a trainer's pack, keygen never a signing key
      writeFileSync(path, text, { flag: options.overwrite ? 'w' : 'wx', mode: options.mode });
    },
    exists: (path) => existsSync(path),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
  };
}

export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  green(s: string): string;
}

export function paint(enabled: boolean): Paint {
  const wrap = (code: number) => (s: string) => (enabled ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { red: wrap(31), yellow: wrap(33), cyan: wrap(36), dim: wrap(2), bold: wrap(1), green: wrap(32) };
}
