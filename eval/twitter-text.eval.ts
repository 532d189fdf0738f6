// `npm run eval twitter-text`: X's own conformance file (../shared/data/twitter-text/validate.yml,
// Apache-2.0) run through Brandline's counting and segmentation. The unit tests carry a copy of
// the weighted-length sections (lib/engine/fixtures/); this runs every section of the full file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import twitter, { type ParseTweetOptions } from 'twitter-text';
import { measureLength } from '../lib/engine/length';
import { xWeightedLength } from '../lib/engine/x-length';
import { findHashtags, findLinks, findMentions } from '../lib/engine/segments';

interface Case {
  description: string;
  text: string;
  expected: boolean | Record<string, number | boolean>;
}

/** YAML double-quoted scalar escapes (the file uses \uXXXX, \UXXXXXXXX, \n, \t, \\, \"). */
function unquote(raw: string): string {
  const body = raw.trim().replace(/^"|"$/g, '');
  return body.replace(/\\(U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, e: string) => {
    if (/^[Uux]/.test(e) && e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '0': '\0', '"': '"', '\\': '\\', '/': '/', ' ': ' ', N: '\u0085', _: '\u00A0' } as Record<string, string>)[e] ?? e;
  });
}

/**
 * Reads validate.yml's layout (sections of `- description/text/expected` items, `expected` a
 * boolean or a map of numbers/booleans). Not a general YAML reader: it says so when the file
 * holds something it does not understand, rather than guessing.
 */
export function readValidateYaml(source: string): Map<string, Case[]> {
  const sections = new Map<string, Case[]>();
  let section: Case[] | undefined;
  let current: Case | undefined;
  source.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim() || line.trim().startsWith('#') || line === 'tests:') return;
    let m: RegExpExecArray | null;
    if ((m = /^ {2}(\w+):$/.exec(line))) {
      section = [];
      sections.set(m[1]!, section);
    } else if ((m = /^ {4}- description: (.*)$/.exec(line)) && section) {
      current = { description: unquote(m[1]!), text: '', expected: {} };
      section.push(current);
    } else if ((m = /^ {6}text: (.*)$/.exec(line)) && current) current.text = unquote(m[1]!);
    else if ((m = /^ {6}expected: (true|false)$/.exec(line)) && current) current.expected = m[1] === 'true';
    else if (/^ {6}expected:$/.test(line) && current) current.expected = {};
    else if ((m = /^ {8}(\w+): (-?\d+|true|false)$/.exec(line)) && current && typeof current.expected === 'object') {
      current.expected[m[1]!] = m[2] === 'true' ? true : m[2] === 'false' ? false : Number(m[2]);
    } else throw new Error(`validate.yml line ${index + 1}: unexpected ${JSON.stringify(line.slice(0, 60))}`);
  });
  return sections;
}

const configs = (twitter as unknown as { configs: Record<'version1' | 'version2' | 'version3', ParseTweetOptions> }).configs;

const whole = (spans: { start: number; end: number }[], text: string) => spans.length === 1 && spans[0]!.start === 0 && spans[0]!.end === text.length;

/** How each section is judged, and by whose code. */
const JUDGES: Record<string, { by: string; pass: (c: Case) => boolean }> = {
  WeightedTweetsWithDiscountedEmojiCounterTest: {
    by: 'Brandline length (v3, the X config)',
    pass: (c) => {
      const e = c.expected as Record<string, number | boolean>;
      const measured = measureLength(c.text, 'x', 280);
      return xWeightedLength(c.text).weightedLength === e.weightedLength && measured.length === e.weightedLength && (measured.overflowAt === undefined) === e.valid;
    },
  },
  UnicodeDirectionalMarkerCounterTest: {
    by: 'Brandline length (v3)',
    pass: (c) => xWeightedLength(c.text).weightedLength === (c.expected as Record<string, number>).weightedLength,
  },
  WeightedTweetsCounterTest: {
    by: 'reference only: twitter-text parseTweet with its v2 config (X counts with v3 now)',
    pass: (c) => Object.entries(c.expected as Record<string, unknown>).every(([k, v]) => (twitter.parseTweet(c.text, configs.version2) as unknown as Record<string, unknown>)[k] === v),
  },
  tweets: {
    by: 'reference only: twitter-text parseTweet with its v1 config (the 140-character era)',
    pass: (c) => twitter.parseTweet(c.text, configs.version1).valid === c.expected,
  },
  hashtags: { by: 'Brandline findHashtags (whole text is one hashtag)', pass: (c) => whole(findHashtags(c.text), c.text) === c.expected },
  usernames: { by: 'Brandline findMentions on X (whole text is one mention)', pass: (c) => whole(findMentions(c.text, 'x'), c.text) === c.expected },
  urls: { by: 'Brandline findLinks (whole text one link; like X it links no IP hosts or user:pass@)', pass: (c) => whole(findLinks(c.text), c.text) === c.expected },
  urls_without_protocol: { by: 'Brandline findLinks (whole text is one link)', pass: (c) => whole(findLinks(c.text), c.text) === c.expected },
  lists: { by: 'reference only: twitter-text isValidList (lists are not mentions to Brandline)', pass: (c) => twitter.isValidList(c.text) === c.expected },
};

/** Sections that count as a Brandline bar (the others are the library checking itself). */
const BAR = ['WeightedTweetsWithDiscountedEmojiCounterTest', 'UnicodeDirectionalMarkerCounterTest', 'hashtags'];

export function run(dataDir: string): boolean {
  const file = join(dataDir, 'twitter-text', 'validate.yml');
  if (!existsSync(file)) {
    console.log(`${file} not found: nothing measured.`);
    return true;
  }
  const sections = readValidateYaml(readFileSync(file, 'utf8'));
  let ok = true;
  const rows: string[] = [];
  for (const [name, cases] of sections) {
    const judge = JUDGES[name];
    if (!judge) {
      rows.push(`${name}: ${cases.length} cases, no judge (new section?)`);
      ok = false;
      continue;
    }
    const failed = cases.filter((c) => !judge.pass(c));
    rows.push(`${name.padEnd(46)} ${String(cases.length - failed.length).padStart(3)}/${String(cases.length).padEnd(3)} ${judge.by}`);
    for (const f of failed) rows.push(`    ✗ ${f.description}`);
    if (BAR.includes(name) && failed.length) ok = false;
  }
  console.log(rows.join('\n'));
  console.log(ok ? 'Weighted length (v3) and hashtags: every case passes.' : 'Below the bar: a v3 weighted-length or hashtag case fails.');
  return ok;
}
