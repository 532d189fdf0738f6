// Derives lib/tone/data/nb-lexicon.json from the NoReC_sentence TRAIN split (never dev/test).
// Only per-word weights leave this script; no sentence does (NoReC's README allows derived
// lexicons to ship, the sentences must not).
//
// Method: every train sentence becomes the features the product computes at run time
// (`nbFeatures`: word form and stem × context multiplier for negation, intensifiers, "men",
// questions, caps), so the weights are learnt under the same rules that apply them. A ridge
// regression (full-batch Adam) is fitted to the labels (positive +1, neutral 0, negative −1);
// two unregularised features carry the hand-written seed lexicon (scripts/nb-seed-lexicon.ts),
// and their learnt trust is folded into the stem entries. Words seen fewer than MIN_COUNT times
// are left out; the lexicon keeps the MAX_WORDS entries with the largest |weight| × √count. The
// binary cut (centre) and the neutral band are chosen on out-of-fold scores of a 5-fold
// cross-validation over contiguous blocks of train. The result is deterministic.
//
// Run: npx tsx scripts/derive-nb-lexicon.ts [path/to/norec_sentence] (default ../shared/data/norec_sentence)
// Environment: MIN_COUNT, MAX_WORDS, L2, EPOCHS, ALPHA to vary the method; SEED=0 to leave the
// seed out; VERBOSE=1 for per-class figures; DRY=1 to measure without writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { macroF1, type Polarity } from '../lib/tone/eval-metrics';
import { nbFeatures, nbPhraseKey, phraseIndex } from '../lib/tone/sentiment-nb';
import { stemNb } from '../lib/tone/stem-nb';
import { NB_SEED } from './nb-seed-lexicon';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(root, '..', 'shared', 'data', 'norec_sentence'));
const opt = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const MIN_COUNT = opt('MIN_COUNT', 2);
const MAX_WORDS = opt('MAX_WORDS', 4000);
const L2 = opt('L2', 64);
const EPOCHS = opt('EPOCHS', 300);
const ALPHA = opt('ALPHA', 1);
// How far the seed is trusted beyond what the regression learnt (1 = as learnt).
const PRIOR_SCALE = opt('PRIOR_SCALE', 1);
const FOLDS = 5;
const USE_SEED = process.env.SEED !== '0';
// Two features carry the hand-written seed lexicon (its positive and its negative words); their
// learnt weights say how far to trust each half.
// The seed's trust is learnt per sign and strength (|valence| above 2 or not): 5-fold train CV
// 0.749 vs 0.746 with one trust per sign. PRIOR_SPLIT=0 goes back to one per sign.
const PRIOR_SPLIT = process.env.PRIOR_SPLIT !== '0';
const priorKey = (prior: number) => `__seed${prior > 0 ? '+' : '-'}${PRIOR_SPLIT && Math.abs(prior) > 2 ? '!' : ''}__`;
const isPrior = (k: string) => k.startsWith('__seed');
const SEED = (() => {
  const sums = new Map<string, { total: number; n: number }>();
  for (const [word, valence] of NB_SEED) {
    // A phrase is its own key; a word counts towards its stem, shared by its inflected forms.
    const key = word.includes(' ') ? nbPhraseKey(word) : `~${stemNb(word)}`;
    const s = sums.get(key) ?? { total: 0, n: 0 };
    s.total += valence;
    s.n++;
    sums.set(key, s);
  }
  return new Map([...sums].map(([k, s]) => [k, s.total / s.n]));
})();

/** Whether the seed knows a word (its stem): what "super" before it means, decided without the shipped lexicon. */
const seedKnows = (lower: string) => SEED.has(`~${stemNb(lower)}`);

// The phrases the seed knows are matched in train sentences; the lexicon keeps those it learns.
const SEED_PHRASES = phraseIndex(USE_SEED ? SEED.keys() : []);

interface Example {
  label: Polarity;
  y: number;
  x: Map<string, number>;
}

function readSplit(file: string): Example[] {
  const lines = readFileSync(join(dataDir, file), 'utf8').split(/\r?\n/);
  const out: Example[] = [];
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const tab = line.indexOf('\t');
    const label = line.slice(0, tab);
    if (label !== 'positive' && label !== 'neutral' && label !== 'negative') throw new Error(`${file} line ${i + 1}: unknown label "${label}"`);
    const x = new Map<string, number>();
    const features = nbFeatures(line.slice(tab + 1), SEED_PHRASES, seedKnows);
    for (const f of features) {
      if (f.fixed !== undefined) continue;
      x.set(f.key, (x.get(f.key) ?? 0) + f.multiplier);
      if (f.stem) x.set(f.stem, (x.get(f.stem) ?? 0) + f.multiplier);
      const prior = SEED.get(f.stem || f.key);
      if (prior !== undefined && USE_SEED) {
        const key = priorKey(prior);
        x.set(key, (x.get(key) ?? 0) + prior * f.multiplier);
      }
    }
    out.push({ label, y: label === 'positive' ? 1 : label === 'negative' ? -1 : 0, x });
  }
  return out;
}

function counts(examples: Example[]): Map<string, number> {
  const c = new Map<string, number>();
  for (const e of examples) for (const k of e.x.keys()) c.set(k, (c.get(k) ?? 0) + 1);
  return c;
}

/** Ridge regression by full-batch Adam; returns word weights and the intercept. */
function fit(examples: Example[]): { weights: Map<string, number>; bias: number } {
  const vocab = new Map<string, number>();
  for (const [k, n] of counts(examples)) if (n >= MIN_COUNT || isPrior(k)) vocab.set(k, vocab.size);
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of e.x) {
      const j = vocab.get(k);
      if (j !== undefined) {
        idx.push(j);
        val.push(v);
      }
    }
    return { idx, val, y: e.y };
  });
  const total = rows.length;
  const n = vocab.size + 1;
  const priorIndexes = new Set([...vocab].filter(([k]) => isPrior(k)).map(([, j]) => j));
  const w = new Float64Array(n);
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const lr = 0.05;
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    g.fill(0);
    for (const r of rows) {
      let pred = w[n - 1]!;
      for (let k = 0; k < r.idx.length; k++) pred += w[r.idx[k]!]! * r.val[k]!;
      const err = (pred - r.y) / total;
      for (let k = 0; k < r.idx.length; k++) g[r.idx[k]!]! += err * r.val[k]!;
      g[n - 1]! += err;
    }
    for (let j = 0; j < n - 1; j++) if (!priorIndexes.has(j)) g[j]! += (L2 / total) * w[j]!;
    for (let j = 0; j < n; j++) {
      m[j] = 0.9 * m[j]! + 0.1 * g[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * g[j]! * g[j]!;
      const mh = m[j]! / (1 - 0.9 ** epoch);
      const vh = v[j]! / (1 - 0.999 ** epoch);
      w[j]! -= (lr * mh) / (Math.sqrt(vh) + 1e-8);
    }
  }
  const weights = new Map<string, number>();
  for (const [k, j] of vocab) weights.set(k, w[j]!);
  return { weights, bias: w[n - 1]! };
}

/** Folds the seed feature into the stem entries, then keeps the strongest MAX_WORDS entries. */
function prune(learnt: Map<string, number>, c: Map<string, number>): Map<string, number> {
  const weights = new Map([...learnt].filter(([k]) => !isPrior(k)));
  for (const [stem, prior] of SEED) {
    const beta = learnt.get(priorKey(prior)) ?? 0;
    weights.set(stem, (weights.get(stem) ?? 0) + PRIOR_SCALE * beta * prior);
    if (!c.has(stem)) c.set(stem, 4);
  }
  const ranked = [...weights].filter(([, w]) => Math.abs(w) >= 0.005).sort((a, b) => Math.abs(b[1]) * Math.sqrt(c.get(b[0]) ?? 1) - Math.abs(a[1]) * Math.sqrt(c.get(a[0]) ?? 1));
  return new Map(ranked.slice(0, MAX_WORDS));
}

const rawScore = (e: Example, weights: Map<string, number>) => {
  let s = 0;
  for (const [k, v] of e.x) s += (weights.get(k) ?? 0) * v;
  return s;
};
const squash = (s: number, center: number) => (s - center) / Math.sqrt((s - center) ** 2 + ALPHA);

/** The cut on raw scores that maximises binary macro-F1 (positive vs negative sentences). */
function bestCenter(scores: number[], examples: Example[]): number {
  const polar = examples.map((e, i) => ({ s: scores[i]!, label: e.label })).filter((p) => p.label !== 'neutral');
  let best = { f1: -1, c: 0 };
  for (let c = -1; c <= 1; c += 0.005) {
    const f1 = macroF1(polar.map((p) => p.label), polar.map((p) => (p.s > c ? 'positive' : 'negative')), ['positive', 'negative']);
    if (f1 > best.f1) best = { f1, c };
  }
  return best.c;
}

function bestBand(sentiments: number[], examples: Example[]): { band: [number, number]; f1: number } {
  const gold = examples.map((e) => e.label);
  let best = { f1: -1, band: [0, 0] as [number, number] };
  // The band must contain 0 (the binary cut): the product maps it onto [−0.05, 0.05].
  for (let lo = -0.6; lo <= -0.01; lo += 0.01) {
    for (let hi = 0.01; hi <= 0.6; hi += 0.01) {
      const pred = sentiments.map((s): Polarity => (s < lo ? 'negative' : s > hi ? 'positive' : 'neutral'));
      const f1 = macroF1(gold, pred, ['positive', 'neutral', 'negative']);
      if (f1 > best.f1) best = { f1, band: [lo, hi] };
    }
  }
  return best;
}

const train = readSplit('train_3class.tsv');
// Out-of-fold scores: each sentence is scored by a model that never saw it.
// Folds are contiguous blocks: the file keeps a review's sentences together, and a model must
// not be scored on sentences from reviews it has already seen (names and titles would leak).
const oof = new Array<number>(train.length).fill(0);
const foldOf = (i: number) => Math.floor((i * FOLDS) / train.length);
for (let f = 0; f < FOLDS; f++) {
  const fitOn = train.filter((_, i) => foldOf(i) !== f);
  const model = fit(fitOn);
  const lexicon = prune(model.weights, counts(fitOn));
  train.forEach((e, i) => {
    if (foldOf(i) === f) oof[i] = rawScore(e, lexicon);
  });
}
const center = bestCenter(oof, train);
const sentiments = oof.map((s) => squash(s, center));
const { band, f1: f1three } = bestBand(sentiments, train);
const polar = train.map((e, i) => ({ label: e.label, s: sentiments[i]! })).filter((p) => p.label !== 'neutral');
const f1binary = macroF1(polar.map((p) => p.label), polar.map((p) => (p.s > 0 ? 'positive' : 'negative')), ['positive', 'negative']);
if (process.env.VERBOSE) {
  const pol = train.map((e, i) => ({ l: e.label, s: oof[i]! - center })).filter((p) => p.l !== 'neutral');
  for (const c of ['positive', 'negative'] as const) {
    const tp = pol.filter((p) => p.l === c && (p.s > 0) === (c === 'positive')).length;
    const gold = pol.filter((p) => p.l === c).length;
    const pred = pol.filter((p) => (p.s > 0) === (c === 'positive')).length;
    console.log(`${c}: recall ${(tp / gold).toFixed(3)} precision ${(tp / pred).toFixed(3)}`);
  }
  console.log(`polar sentences scoring exactly 0: ${pol.filter((p) => p.s + center === 0).length} of ${pol.length}`);
  const m = fit(train).weights;
  console.log(`seed trust: ${[...m].filter(([k]) => isPrior(k)).map(([k, w]) => `${k} ${w.toFixed(3)}`).join(', ')}`);
}
console.log(`train, ${FOLDS}-fold out-of-fold: binary macro-F1 ${f1binary.toFixed(3)}, 3-class ${f1three.toFixed(3)}; centre ${center.toFixed(3)}, neutral band [${band[0].toFixed(2)}, ${band[1].toFixed(2)}]`);

const final = fit(train);
const lexicon = prune(final.weights, counts(train));
const round = (x: number) => Math.round(x * 10000) / 10000;
const file = {
  source: 'Derived by scripts/derive-nb-lexicon.ts from the NoReC_sentence train split (CC BY-NC 4.0; derived lexicons may be used commercially per its README). No sentences included.',
  method: `ridge regression on nbFeatures, L2 ${L2}, min count ${MIN_COUNT}, top ${MAX_WORDS} by |w|·√count; centre and neutral band from ${FOLDS}-fold out-of-fold scores on train`,
  center: round(center),
  alpha: ALPHA,
  neutral: band.map((b) => Math.round(b * 100) / 100),
  words: [...lexicon].sort((a, b) => a[0].localeCompare(b[0], 'nb')).map(([k, w]) => [k, round(w)]),
};
if (process.env.DRY !== '1') {
  writeFileSync(join(root, 'lib/tone/data/nb-lexicon.json'), `${JSON.stringify(file)}\n`);
  console.log(`${lexicon.size} words → lib/tone/data/nb-lexicon.json`);
}
