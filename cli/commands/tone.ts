// `brandline tone [--locale en|nb] [--lines] [FILE|-]` (SPEC §6): the tone analysis the checks
// use, as JSON. With --lines every input line is one text and every output line one JSON object,
// so a corpus can be scored in bulk (`brandline tone --lines < comments.txt`).
import { analyzeTone } from '../../lib/tone';
import type { Locale } from '../../lib/plan/types';
import type { Command } from '../command';
import { didYouMean } from '../choices';
import { UsageError } from '../io';

const usage = `Usage: brandline tone [--locale en|nb] [--lines] [FILE|-]

Prints the tone analysis the tone.* checks use, as JSON: sentiment (−1..1, compared with the
plan's identity.voice.minSentiment), hostile and shouting spans (UTF-16 offsets), formality
and whether the text reads as a complaint. Reads FILE, or standard input when FILE is "-" or
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
      const value = arg.includes('=') ? arg.slice('--locale='.length) : argv[++i];
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
    const text = await io.readText(args.file);
    if (!args.lines) {
      io.stdout(`${JSON.stringify(analyzeTone(text.replace(/^\uFEFF/, ''), args.locale))}\n`);
      return 0;
    }
    const body = text.replace(/^\uFEFF/, '');
    // No input is no lines; a final newline ends the last line, it does not start an empty one.
    // Lines end in \n, \r\n or a lone \r (old Mac files, and what some spreadsheets export).
    const lines = body === '' ? [] : body.split(/\r\n|\r|\n/);
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    io.stdout(lines.map((line) => `${JSON.stringify(analyzeTone(line, args.locale))}\n`).join(''));
    return 0;
  },
};
