// Regenerates lib/tone/data/en-vader.json from the VADER lexicon (MIT, C.J. Hutto) shipped in
// node_modules/vader-sentiment. Only the word and its mean valence are kept; the per-rater
// columns are not needed at run time. Run: npx tsx scripts/build-en-lexicon.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = readFileSync(join(root, 'node_modules/vader-sentiment/vader_lexicon.txt'), 'utf8');

// Pairs, not an object: bundlers turn JSON object keys into named exports, and keys such as
// "eval" or "__proto__" break that.
const words: [string, number][] = [];
const seen = new Set<string>();
for (const [i, line] of source.split(/\r?\n/).entries()) {
  if (!line.trim()) continue;
  const [word, valence] = line.split('\t');
  const value = Number(valence);
  if (!word || !Number.isFinite(value)) throw new Error(`vader_lexicon.txt line ${i + 1}: cannot read "${line}"`);
  if (seen.has(word)) continue;
  seen.add(word);
  words.push([word, value]);
}
const out = join(root, 'lib/tone/data/en-vader.json');
const file = {
  source: 'VADER lexicon (vader_lexicon.txt), C.J. Hutto, MIT licence; see lib/tone/LEXICONS.md',
  words,
};
writeFileSync(out, `${JSON.stringify(file)}\n`);
console.log(`${words.length} entries → ${out}`);
