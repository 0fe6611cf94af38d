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

/** A file that is not UTF-8 text: where its first bad byte is (the extension and `sign` refuse it too). */
export class NotUtf8Error extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file}:${line}:${column}: not UTF-8 text (save the file as UTF-8)`);
    this.name = 'NotUtf8Error';
  }
}

/** Decodes bytes as UTF-8, refusing what is not (Node's own decoding would put U+FFFD in silently). */
export function decodeUtf8Strict(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i++) {
      if (i < bytes.length && bytes[i] !== 10) continue;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(lineStart, i));
      } catch {
        const good = firstBadByte(bytes.subarray(lineStart, i));
        throw new NotUtf8Error(
          file,
          line,
          new TextDecoder().decode(bytes.subarray(lineStart, lineStart + good)).length + 1,
        );
      }
      lineStart = i + 1;
      line++;
    }
    throw new NotUtf8Error(file, line, 1);
  }
}

/** How many bytes of a line decode before the first one that does not. */
function firstBadByte(line: Uint8Array): number {
  let good = 0;
  for (let end = 1; end <= line.length; end++) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(line.subarray(0, end));
      good = end;
    } catch {
      // an incomplete sequence may complete with the next byte; a bad one never does
      if (end - good > 4) break;
    }
  }
  return good;
}

/** Runs a read, turning "no such file" and friends into a UsageError that names the file. */
function reading<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof NotUtf8Error) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `${path}: no such file`
        : code === 'EISDIR'
          ? `${path}: is a directory`
          : `${path}: ${(error as Error).message}`,
    );
  }
}

export function nodeIo(): Io {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    readFile: (path) => decodeUtf8Strict(readFileSync(path), path),
    readBytes: (path) => new Uint8Array(readFileSync(path)),
    readStdin: () => decodeUtf8Strict(readFileSync(0), '(stdin)'),
    lines: (path) =>
      createInterface({ input: path === '-' ? process.stdin : createReadStream(path, 'utf8'), crlfDelay: Infinity }),
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
