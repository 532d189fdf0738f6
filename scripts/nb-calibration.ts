// Prints the exponent that makes Bokmål sentiment score like English on hand-written translation
// pairs (scripts/nb-calibration-pairs.tsv: English TAB Bokmål, one pair a line). NB_STRETCH in
// lib/tone/sentiment-nb.ts is this figure, rounded. Run: npx tsx scripts/nb-calibration.ts
import { readFileSync } from 'node:fs';
import { fitStretch, unstretched } from '../lib/tone/calibration';
import { englishSentiment } from '../lib/tone/sentiment-en';
import { NB_STRETCH, norwegianSentiment } from '../lib/tone/sentiment-nb';

export function calibrationPairs(file = new URL('./nb-calibration-pairs.tsv', import.meta.url)) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.includes('\t'))
    .map((line) => {
      const [en, nb] = line.split('\t') as [string, string];
      return { en: englishSentiment(en), nb: unstretched(norwegianSentiment(nb), NB_STRETCH) };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pairs = calibrationPairs();
  for (const side of [-1, 1] as const) {
    const fit = fitStretch(pairs, side);
    console.log(`${side < 0 ? 'negative' : 'positive'}: ${fit.pairs} pairs, exponent ${fit.exponent} (squared error ${fit.before.toFixed(3)} at 1, ${fit.after.toFixed(3)} fitted); shipped ${NB_STRETCH}`);
  }
}
