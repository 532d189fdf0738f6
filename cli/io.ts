import { readFile } from 'node:fs/promises';
import { binaryKind, type BinaryKind } from '../lib/text/binary';
import { decodeBytes } from '../lib/text/decode';

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file path, or standard input for '-', in whichever of UTF-8, UTF-16 or Windows-1252 it is. */
  readText: (path: string) => Promise<string>;
  readBytes: (path: string) => Promise<Uint8Array>;
  /** Colours only when writing to a terminal. */
  color: boolean;
  /** Standard output is a terminal (a person reads it), not a pipe or a file. */
  terminal: boolean;
  /** The reader of standard output has gone (`| head -1`): long outputs can stop. */
  outputClosed?: () => boolean;
  /** Resolves when what was written has gone to the reader (a slow pipe holds it in memory until then). */
  drained?: () => Promise<void>;
}

// Control characters other than line breaks and tabs, and the bidi overrides that reorder what a
// terminal shows. A plan's reason or a CSV cell holding ESC could clear the screen, retitle the
// terminal or paint a false "all clear" over the real result (rev23).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- as above, with line breaks and tabs
const UNPRINTABLE_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from files made printable for a terminal: each control character shown as \u{…}. With
 * `oneLine`, line breaks too, so that a plan's text cannot start a line that looks like output.
 */
export const printable = (text: string, { oneLine = false } = {}): string =>
  text.replace(oneLine ? UNPRINTABLE_ONE_LINE : UNPRINTABLE, (c) => `\\u{${c.charCodeAt(0).toString(16).padStart(4, '0')}}`);

/** Bad input: the command prints the message on stderr and exits 2. */
export class UsageError extends Error {}

/**
 * A path as messages name it: "-" is standard input, and an empty name says so (an unset "$DRAFT"
 * in a pipeline read ": no such file"; QA26).
 */
export const shownPath = (path: string) => (path === '-' ? 'standard input' : path === '' ? '"" (an empty file name)' : path);

/** The message for a file that cannot be read, from the error code Node gives. */
export function unreadable(path: string, code: string | undefined): string {
  if (path === '') return `${shownPath(path)}: no such file`;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path}: is a directory`;
  return `${path}: cannot read (${code ?? 'unknown error'})`;
}

const NOT_TEXT: Record<BinaryKind, string> = {
  zip: 'a Word or Excel document (or a zip archive), not plain text',
  ole: 'an old Word or Excel document, not plain text',
  pdf: 'a PDF, not plain text',
  image: 'an image, not text',
  binary: 'not a text file (it holds binary data)',
};

/**
 * A draft or plan file's bytes, refused with exit 2 when they are not text: a .docx draft was
 * decoded as Windows-1252 and checked, a page of findings on "PK\u0003\u0004…" and exit 1.
 */
export async function readTextBytes(io: CliIO, path: string, what: 'draft' | 'comment' | 'plan' | 'text'): Promise<Uint8Array> {
  const bytes = await io.readBytes(path);
  const kind = binaryKind(bytes);
  if (!kind) return bytes;
  const hint = what === 'plan' ? 'a brand plan is a JSON file (`brandline schema` prints its format)' : `save the ${what} as plain text (.txt) and give Brandline that`;
  throw new UsageError(`${shownPath(path)}: this is ${NOT_TEXT[kind]} — ${hint}`);
}

async function readStdin(): Promise<Buffer> {
  // A forgotten FILE in a terminal read standard input with nothing on screen, and looked hung (rev31 F8).
  if (process.stdin.isTTY) process.stderr.write(`brandline: reading standard input; end it with ${process.platform === 'win32' ? 'Ctrl-Z and Enter' : 'Ctrl-D'}\n`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function processIO(): CliIO {
  const read = async (path: string) => {
    try {
      return path === '-' ? await readStdin() : await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(code === undefined ? `${path}: cannot read (${String(error)})` : unreadable(path, code));
    }
  };
  let stdoutClosed = false;
  // Without a listener a failed write is an uncaught 'error' event: a stack trace and exit code 1,
  // which means "error findings". A reader that stops early (`brandline check … | head -1`) is not
  // a failure of the run: the exit code stays what the command found. Any other failure to write
  // (a full disk) is, and is said as such with exit code 2.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdoutClosed) return;
    stdoutClosed = true;
    if (error.code === 'EPIPE') return;
    process.stderr.write(`brandline: cannot write the output (${error.code ?? error.message})\n`);
    process.exitCode = 2;
  });
  return {
    stdout: (t) => {
      if (!stdoutClosed) process.stdout.write(t);
    },
    // Nothing Brandline writes to stderr is coloured; all of it may quote a file.
    stderr: (t) => process.stderr.write(printable(t)),
    readText: async (p) => decodeBytes(new Uint8Array(await read(p))),
    readBytes: async (p) => new Uint8Array(await read(p)),
    color: colorWanted(Boolean(process.stdout.isTTY), process.env),
    terminal: Boolean(process.stdout.isTTY),
    outputClosed: () => stdoutClosed,
    drained: () =>
      stdoutClosed || !process.stdout.writableNeedDrain
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            // A reader that goes away never drains: its 'close' or 'error' ends the wait too.
            const done = () => {
              for (const event of ['drain', 'close', 'error'] as const) process.stdout.off(event, done);
              resolve();
            };
            for (const event of ['drain', 'close', 'error'] as const) process.stdout.once(event, done);
          }),
  };
}

/**
 * Colours in a terminal; NO_COLOR (set and not empty, no-color.org) turns them off, FORCE_COLOR
 * (anything but "0" or "false") turns them on for a CI log that shows them (QA26). NO_COLOR wins.
 */
export function colorWanted(tty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return tty;
}

export const paint = (on: boolean) => ({
  red: (s: string) => (on ? `\x1b[31m${s}\x1b[0m` : s),
  yellow: (s: string) => (on ? `\x1b[33m${s}\x1b[0m` : s),
  blue: (s: string) => (on ? `\x1b[34m${s}\x1b[0m` : s),
  green: (s: string) => (on ? `\x1b[32m${s}\x1b[0m` : s),
  dim: (s: string) => (on ? `\x1b[2m${s}\x1b[0m` : s),
  bold: (s: string) => (on ? `\x1b[1m${s}\x1b[0m` : s),
});
