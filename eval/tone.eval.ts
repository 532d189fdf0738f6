// Tone against human judgements (issue 3): Pearson r of English sentiment on VADER's human-rated
// tweets and Amazon snippets, next to npm vader-sentiment's r computed in the same run; and
// macro-F1 of Norwegian sentiment on the NoReC_sentence dev split (binary: positive vs negative
// sentences by the sign of the score; 3-class: the neutral band the lexicon was derived with).
// These files measure; they never train (the nb lexicon comes from the train split only).
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { analyzeTone } from '../lib/tone';
import { macroF1, pearson, threeClass, type Polarity } from '../lib/tone/eval-metrics';
import { NB_NEUTRAL_BAND } from '../lib/tone/sentiment-nb';

const BARS = { tweets: 0.881, amazon: 0.565, nbBinary: 0.75, nbThree: 0.55 };

interface VaderModule {
  SentimentIntensityAnalyzer: { polarity_scores: (text: string) => { compound: number } };
}

function readRated(file: string): { human: number; text: string }[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line) => {
      const [, rating, ...rest] = line.split('\t');
      return { human: Number(rating), text: rest.join('\t') };
    });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median time per text (µs) over several passes, so a busy machine skews it less. */
function timePerText(texts: string[], score: (t: string) => unknown): number {
  const passes: number[] = [];
  for (let p = 0; p < 7; p++) {
    const start = performance.now();
    for (const t of texts) score(t);
    passes.push(((performance.now() - start) * 1000) / texts.length);
  }
  return median(passes);
}

export function run(dataDir: string): boolean {
  const vaderDir = join(dataDir, 'vader');
  const norecDir = join(dataDir, 'norec_sentence');
  if (!existsSync(vaderDir) && !existsSync(norecDir)) {
    console.log(`Tone data not found under ${dataDir} (expected vader/ and norec_sentence/). Nothing was measured.`);
    return true;
  }
  // vader-sentiment ships no types; it is loaded through require and described by VaderModule.
  const analyzer = (createRequire(import.meta.url)('vader-sentiment') as VaderModule).SentimentIntensityAnalyzer;
  let ok = true;

  if (existsSync(vaderDir)) {
    console.log('| corpus | texts | Brandline r | vader-sentiment r | bar | ok |');
    console.log('|---|---|---|---|---|---|');
    for (const [name, file, bar] of [
      ['tweets', 'tweets_GroundTruth.txt', BARS.tweets],
      ['amazon', 'amazonReviewSnippets_GroundTruth.txt', BARS.amazon],
    ] as const) {
      const rows = readRated(join(vaderDir, file));
      const human = rows.map((r) => r.human);
      const ours = pearson(rows.map((r) => analyzeTone(r.text, 'en').sentiment), human);
      const theirs = pearson(rows.map((r) => analyzer.polarity_scores(r.text).compound), human);
      const pass = ours >= bar;
      ok &&= pass;
      console.log(`| ${name} | ${rows.length} | ${ours.toFixed(4)} | ${theirs.toFixed(4)} | ≥ ${bar} | ${pass ? 'yes' : 'NO'} |`);
    }
    // Speed on tweet-sized texts (the content script scores on every keystroke).
    const texts = readRated(join(vaderDir, 'tweets_GroundTruth.txt')).map((r) => r.text.padEnd(280, ' ok').slice(0, 280)).slice(0, 1000);
    const oursUs = timePerText(texts, (t) => analyzeTone(t, 'en'));
    const theirsUs = timePerText(texts, (t) => analyzer.polarity_scores(t));
    console.log(`\nspeed, 280-character texts (median of 7 passes over 1,000): analyzeTone ${oursUs.toFixed(1)} µs, vader-sentiment ${theirsUs.toFixed(1)} µs`);
  } else console.log(`VADER ground truth not found at ${vaderDir}; English not measured.`);

  const dev = join(norecDir, 'dev_3class.tsv');
  if (existsSync(dev)) {
    const rows = readFileSync(dev, 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim())
      .map((line) => {
        const tab = line.indexOf('\t');
        return { label: line.slice(0, tab) as Polarity, text: line.slice(tab + 1) };
      });
    const scores = rows.map((r) => analyzeTone(r.text, 'nb').sentiment);
    const polar = rows.map((r, i) => ({ label: r.label, s: scores[i]! })).filter((p) => p.label !== 'neutral');
    const binary = macroF1(polar.map((p) => p.label), polar.map((p): Polarity => (p.s > 0 ? 'positive' : 'negative')), ['positive', 'negative']);
    const three = macroF1(rows.map((r) => r.label), scores.map((s) => threeClass(s, NB_NEUTRAL_BAND)), ['positive', 'neutral', 'negative']);
    const pass = binary >= BARS.nbBinary && three >= BARS.nbThree;
    ok &&= pass;
    console.log(`\nNoReC_sentence dev (${rows.length} sentences, ${polar.length} polar): binary macro-F1 ${binary.toFixed(3)} (bar ${BARS.nbBinary}), 3-class ${three.toFixed(3)} (bar ${BARS.nbThree}) — ${pass ? 'ok' : 'BELOW BAR'}`);
  } else console.log(`NoReC_sentence dev split not found at ${dev}; Norwegian not measured.`);
  return ok;
}
