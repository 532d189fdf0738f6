// `brandline tone [--locale en|nb] [--lines] [FILE|-]` (SPEC §6): the tone analysis the checks
// use, as JSON. With --lines every input line is one text and every output line one JSON object,
// so a corpus can be scored in bulk (`brandline tone --lines < comments.txt`).
import { analyzeTone } from '../../lib/tone';
import type { Locale } from '../../lib/plan/types';
import type { Command } from '../command';
import { didYouMean } from '../choices';
import { type CliIO, readTextBytes, UsageError } from '../io';
import { draftOf } from '../draft-text';
import { decodeBytes, startsWithBom } from '../../lib/text/decode';
import type { ToneSpan } from '../../lib/tone/types';

/** Lines scored between two writes: output flows to a pipe as it is made, in few writes. */
const LINES_PER_WRITE = 500;

/**
 * One JSON object per line of `body`, written as they are scored (a 100 MB corpus used to be held
 * whole as output, 6.5 GB, and `| head` waited for the end; QA26); stops when the reader has gone.
 * No input is no lines; a final line break ends the last line, it does not start an empty one.
 * Lines end in \n, \r\n or a lone \r (old Mac files, and what some spreadsheets export).
 */
async function scoreLines(body: string, locale: Locale, io: CliIO): Promise<void> {
  let out = '';
  let count = 0;
  let from = 0;
  while (from < body.length) {
    let end = from;
    while (end < body.length && body.charCodeAt(end) !== 10 && body.charCodeAt(end) !== 13) end++;
    out += `${JSON.stringify(analyzeTone(body.slice(from, end), locale))}\n`;
    from = end + (body.charCodeAt(end) === 13 && body.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (++count % LINES_PER_WRITE === 0) {
      io.stdout(out);
      out = '';
      // A slow reader is waited for (its output would pile up in memory), and a closed pipe is
      // noticed (its 'error' event) between batches.
      await (io.drained?.() ?? Promise.resolve());
      await new Promise((resolve) => setImmediate(resolve));
      if (io.outputClosed?.()) return;
    }
  }
  io.stdout(out);
}

const usage = `Usage: brandline tone [--locale en|nb] [--lines] [FILE|-]

Prints the tone analysis the tone.* checks use, as JSON: sentiment (−1..1, compared with the
plan's identity.voice.minSentiment), hostile and shouting spans (UTF-16 offsets into FILE as
check gives them), formality and whether the text reads as a complaint. Reads FILE, or standard input when FILE is "-" or
left out. "--" ends the options (for a FILE whose name starts with "-").

Options:
  --locale en|nb   language of the text (default en)
  --lines          score every line as its own text; prints one JSON object per line
  -h, --help       show this help
`;

interface ToneArgs {
  locale: Locale;
  lines: boolean;
  file: string;
}

export function parseToneArgs(argv: string[]): ToneArgs {
  const args: ToneArgs = { locale: 'en', lines: false, file: '-' };
  let file: string | undefined;
  let locale: string | undefined;
  let optionsEnd = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const option = !optionsEnd && arg.startsWith('-') && arg !== '-';
    // `--` ends the options: what follows is a file, even one whose name starts with "-".
    if (option && arg === '--') optionsEnd = true;
    else if (!option) {
      if (file !== undefined) throw new UsageError(`expected one FILE, got ${JSON.stringify(file)} and ${JSON.stringify(arg)}`);
      file = arg;
    } else if (arg === '--lines') args.lines = true;
    else if (arg === '--locale' || arg.startsWith('--locale=')) {
      if (locale !== undefined) throw new UsageError('--locale given twice');
      // In any case, as --channel takes it (QA26: "NB" was refused).
      const value = (arg.includes('=') ? arg.slice('--locale='.length) : argv[++i])?.trim().toLowerCase();
      if (value !== 'en' && value !== 'nb') throw new UsageError(`--locale: expected "en" or "nb", got ${value === undefined ? 'nothing' : JSON.stringify(value)}`);
      args.locale = locale = value;
    } else throw new UsageError(`unknown option ${arg}${didYouMean(arg.split('=')[0]!, ['--locale', '--lines'])} (options: --locale en|nb, --lines)`);
  }
  if (file !== undefined) args.file = file;
  return args;
}

export const toneCommand: Command = {
  name: 'tone',
  summary: 'print the tone analysis (sentiment, hostility, shouting, formality) of a text',
  usage,
  run: async (argv, io) => {
    const args = parseToneArgs(argv);
    const bytes = await readTextBytes(io, args.file, 'text');
    if (!args.lines) {
      // The text `check` reads, and offsets into the file as `check` gives them (QA26: they differed
      // on a file with Windows line breaks).
      const draft = draftOf((startsWithBom(bytes) ? '\uFEFF' : '') + decodeBytes(bytes));
      const tone = analyzeTone(draft.text, args.locale);
      const inFile = (spans: ToneSpan[]) => spans.map((span) => ({ ...span, start: draft.toFile(span.start), end: draft.toFile(span.end) }));
      io.stdout(`${JSON.stringify({ ...tone, hostile: inFile(tone.hostile), shouting: inFile(tone.shouting) })}\n`);
      return 0;
    }
    await scoreLines(decodeBytes(bytes), args.locale, io);
    return 0;
  },
};
