// Prints the exponent that makes Bokmål sentiment score like English on hand-written translation
// pairs (scripts/nb-calibration-pairs.tsv: English TAB Bokmål, one pair a line; clear, weak and
// neutral ones). NB_STRETCH in lib/tone/sentiment-nb.ts is this figure. Run: npx tsx scripts/nb-calibration.ts
import { readFileSync } from 'node:fs';
import { fitStretch, unstretched } from '../lib/tone/calibration';
import { englishSentiment } from '../lib/tone/sentiment-en';
import { NB_EDGE_SLOPE, NB_STRETCH, norwegianSentiment } from '../lib/tone/sentiment-nb';

export function calibrationPairs(file = new URL('./nb-calibration-pairs.tsv', import.meta.url)) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [en, nb] = line.split('\t') as [string, string];
      return { en: englishSentiment(en), nb: unstretched(norwegianSentiment(nb)) };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fit = fitStretch(calibrationPairs());
  console.log(`${fit.pairs} pairs, edge slope ${NB_EDGE_SLOPE}: exponent ${fit.exponent} (squared error ${fit.before.toFixed(3)} unbent, ${fit.after.toFixed(3)} fitted); shipped ${NB_STRETCH}`);
}
