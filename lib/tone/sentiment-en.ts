// English sentiment: the VADER method (Hutto & Gilbert 2014) re-implemented over precompiled
// Maps, plus emoji, stretched words ("soooo goood") and hashtags, and a rule that keeps
// apologies and empathy from reading as negative (SPEC §3, see apology.ts).
import { APOLOGY, EMPATHY, apologyMask } from './apology';
import { LEXICON, lexiconValence } from './lexicon-en';
import { phraseAt, phraseStarts } from './phrase-starts';
import { sarcasticSentences } from './sarcasm';
import { decodeEntities, sentimentTokens, type SentimentToken } from './sentiment-tokens';
import { isAllCaps } from './text-units';

// Constants measured by Hutto & Gilbert (mean rating change per cue).
const BOOST = 0.293;
const CAPS_BOOST = 0.733;
const NEGATION_SCALAR = -0.74;
const EXCLAMATION_BOOST = 0.292;
const QUESTION_BOOST = 0.18;
const NORMALIZE_ALPHA = 15;

// Words that are negative alone but intensify a positive word right after them: "crazy good",
// "insanely fresh", "seriously tasty" praise. Before anything else they keep their own valence.
const NEGATIVE_INTENSIFIERS: ReadonlySet<string> = new Set(
  'crazy insanely insane ridiculously stupidly wicked wickedly seriously dangerously sinfully scary scarily freakishly absurdly outrageously terribly'.split(' '),
);

const up = (words: string) => words.split(' ').map((w): [string, number] => [w, BOOST]);
const down = (words: string) => words.split(' ').map((w): [string, number] => [w, -BOOST]);
const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ...up(
    'absolutely amazingly awfully completely considerably decidedly deeply effing enormously entirely especially exceptionally extremely fabulously flipping flippin fricking frickin frigging friggin fully fucking greatly hella highly hugely incredibly intensely majorly more most particularly purely quite really remarkably so substantially thoroughly totally tremendously uber unbelievably unusually utterly very',
  ),
  ...down('almost barely hardly kinda kindof less little marginally occasionally partly scarcely slightly somewhat sorta sortof'),
]);

const NEGATIONS: ReadonlySet<string> = new Set(
  "aint arent cannot cant couldnt darent didnt doesnt ain't aren't can't couldn't daren't didn't doesn't dont hadnt hasnt havent isnt mightnt mustnt neither don't hadn't hasn't haven't isn't mightn't mustn't neednt needn't never none nope nor not nothing nowhere oughtnt shant shouldnt uhuh wasnt werent oughtn't shan't shouldn't uh-uh wasn't weren't without wont wouldnt won't wouldn't rarely seldom despite".split(
    ' ',
  ),
);

// Multi-word expressions whose meaning is not the sum of their words.
const IDIOMS: ReadonlyMap<string, number> = new Map([
  ['the shit', 3],
  ['the bomb', 3],
  ['bad ass', 1.5],
  ['yeah right', -2],
  ['cut the mustard', 2],
  ['kiss of death', -1.5],
  ['hand to mouth', -2],
]);

/** The lower-case word at index k, or '' outside the tokens (a helper, not a closure per call). */
const wordAt = (tokens: SentimentToken[], k: number) => tokens[k]?.lower ?? '';

function isNegation(lower: string): boolean {
  return NEGATIONS.has(lower) || lower.includes("n't");
}

// "looks like rain", "like 5 minutes": here "like" compares or hedges, it does not mean "enjoy".
const LIKE_AS_PREPOSITION: ReadonlySet<string> = new Set(
  'look looks looked looking sound sounds sounded seem seems seemed something anything nothing everything stuff exactly act acts acted acting'.split(' '),
);

function isComparisonLike(tokens: SentimentToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before && !before.breakAfter && LIKE_AS_PREPOSITION.has(before.lower)) return true;
  return !!after && /^\d/.test(after.lower);
}

/** Is the word at k a negative word intensifying the positive word right after it ("crazy good")? */
function intensifies(tokens: SentimentToken[], k: number): boolean {
  const token = tokens[k]!;
  if (!NEGATIVE_INTENSIFIERS.has(token.lower) || token.breakAfter) return false;
  const next = tokens[k + 1];
  // A word, not laughter or a face: "Insane lol", "crazy 😂" are no praise.
  return !!next && /^\p{L}+$/u.test(next.surface) && !LAUGHS.test(next.lower) && (lexiconValence(next.lower, next.surface) ?? 0) > 0;
}
const LAUGHS = /^(?:l+o+l+[olz]*|lawl|lmf?ao+|rofl(?:mao)?|rotflol|(?:ha){2,}h?|(?:he){2,}h?|lulz|xd+)$/;

function boosterScalar(token: SentimentToken, valence: number, capsContrast: boolean): number {
  const base = NEGATIVE_INTENSIFIERS.has(token.lower) ? BOOST : BOOSTERS.get(token.lower);
  if (base === undefined) return 0;
  let scalar = valence < 0 ? -base : base;
  if (capsContrast && isAllCaps(token.surface)) scalar += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
  return scalar;
}

// Every phrase looked up below starts at token i−3 … i with one of these words: a window
// without one needs no look-ups.
const IDIOM_STARTS: ReadonlySet<string> = new Set([...IDIOMS.keys(), 'kind of'].map((p) => p.split(' ')[0]!));

function idiomValence(tokens: SentimentToken[], i: number, valence: number): number {
  let any = false;
  for (let k = i - 3; k <= i && !any; k++) any = IDIOM_STARTS.has(tokens[k]?.lower ?? '');
  if (!any) return valence;
  const w = (k: number) => wordAt(tokens, k);
  const candidates = [
    `${w(i - 1)} ${w(i)}`,
    `${w(i - 2)} ${w(i - 1)} ${w(i)}`,
    `${w(i - 2)} ${w(i - 1)}`,
    `${w(i - 3)} ${w(i - 2)} ${w(i - 1)}`,
    `${w(i - 3)} ${w(i - 2)}`,
  ];
  let v = valence;
  for (const c of candidates) {
    const idiom = IDIOMS.get(c);
    if (idiom !== undefined) {
      v = idiom;
      break;
    }
  }
  const after2 = IDIOMS.get(`${w(i)} ${w(i + 1)}`);
  if (i + 1 < tokens.length && after2 !== undefined) v = after2;
  const after3 = IDIOMS.get(`${w(i)} ${w(i + 1)} ${w(i + 2)}`);
  if (i + 2 < tokens.length && after3 !== undefined) v = after3;
  if (`${w(i - 3)} ${w(i - 2)}` === 'kind of' || `${w(i - 2)} ${w(i - 1)}` === 'kind of') v -= BOOST;
  return v;
}

/** Per-token valences after boosters, negation, caps and idioms (VADER's `sentiment_valence`). */
export function tokenValences(tokens: SentimentToken[]): number[] {
  let caps = 0;
  for (const t of tokens) if (isAllCaps(t.surface)) caps++;
  const capsContrast = caps > 0 && caps < tokens.length;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (BOOSTERS.has(token.lower) || (token.lower === 'kind' && tokens[i + 1]?.lower === 'of') || intensifies(tokens, i)) {
      out.push(0);
      continue;
    }
    let base = lexiconValence(token.lower, token.surface);
    if (token.lower === 'like' && isComparisonLike(tokens, i)) base = undefined;
    // "no fun": "no" negates the next sentiment word instead of counting as negative itself.
    if (token.lower === 'no' && tokens[i + 1] && lexiconValence(tokens[i + 1]!.lower, tokens[i + 1]!.surface) !== undefined) base = 0;
    if (base === undefined) {
      out.push(0);
      continue;
    }
    let v = base;
    let negated = false;
    if (capsContrast && isAllCaps(token.surface)) v += v > 0 ? CAPS_BOOST : -CAPS_BOOST;
    for (let back = 0; back < 3; back++) {
      const prev = tokens[i - back - 1];
      if (!prev || prev.breakAfter) break;
      if (LEXICON.has(prev.lower) && !intensifies(tokens, i - back - 1)) continue;
      let s = boosterScalar(prev, v, capsContrast);
      if (back === 1) s *= 0.95;
      else if (back === 2) s *= 0.9;
      v += s;
      // Only the nearest negation counts: "don't care, don't care" must not flip back to positive.
      const adjusted = negated ? v : negationAdjusted(tokens, i, back, v);
      if (adjusted !== v && Math.sign(adjusted) !== Math.sign(v)) negated = true;
      v = adjusted;
      if (back === 2) v = idiomValence(tokens, i, v);
    }
    // "no" is a lexicon word itself, so the window above skips it; VADER checks it apart.
    // Only what "no" directly governs ("no fun", "no very good reason"), not "no idea lol".
    if (!negated && (governingNo(tokens, i - 1) || (governingNo(tokens, i - 2) && BOOSTERS.has(tokens[i - 1]!.lower)))) v *= NEGATION_SCALAR;
    v = leastAdjusted(tokens, i, v);
    out.push(v);
  }
  return out;
}

const governingNo = (tokens: SentimentToken[], k: number) => tokens[k]?.lower === 'no' && !tokens[k]!.breakAfter;

/**
 * A negation at k, unless it is "nothing but" / "none but" / "no one but", which mean "only", or
 * the praise "nothing beats" / "can't beat" (FORMULAS), which negates nothing after it.
 */
const negationAt = (tokens: SentimentToken[], k: number) => {
  const next = wordAt(tokens, k + 1);
  return isNegation(wordAt(tokens, k)) && next !== 'but' && !(BEATEN.has(next) && FORMULAS.has(`${wordAt(tokens, k)} ${next}`)) && !disbelief(tokens, k);
};

/**
 * "Can't believe how good this is", "I can't believe what a mess": surprise, which negates
 * nothing after it; the word that follows keeps its own sense (VADER flipped both).
 */
const WONDERED: ReadonlySet<string> = new Set(['how', 'what', 'that', 'this', 'these', 'it', "it's", 'its', 'the', 'you', "you're", 'we', 'i']);
const CANNOT: ReadonlySet<string> = new Set(["can't", 'cant', 'cannot', "couldn't", 'couldnt', "can’t", "couldn’t"]);
const disbelief = (tokens: SentimentToken[], k: number) => {
  const word = wordAt(tokens, k);
  // Only "can't / couldn't believe": "I don't believe it's fair" and "Don't believe the bad reviews" negate.
  const cannot = CANNOT.has(word) || (word === 'not' && (wordAt(tokens, k - 1) === 'can' || wordAt(tokens, k - 1) === 'could'));
  return cannot && wordAt(tokens, k + 1) === 'believe' && WONDERED.has(wordAt(tokens, k + 2));
};

/**
 * "Couldn't be happier", "never had a better cup", "can't get any worse": a comparative after a
 * negated "be / have / get" says the thing is at its extreme, the opposite of negating it.
 */
const COMPARATIVES: ReadonlySet<string> = new Set('better happier prouder nicer tastier greater lovelier sweeter smoother finer fresher worse sadder angrier'.split(' '));
const REACHING_VERBS: ReadonlySet<string> = new Set('be been had have get got tasted taste seen felt feel'.split(' '));
const REACHING: ReadonlySet<string> = new Set([...REACHING_VERBS, 'a', 'an', 'any', 'much']);
/** Only these say "at no time / in no way": "isn't any better" and "not better" still negate. */
const EXTREME_NEGATIONS: ReadonlySet<string> = new Set(["never", "couldn't", 'couldnt', "can't", 'cant', 'cannot', "haven't", 'havent', "couldn’t", "can’t", "haven’t"]);
function atExtreme(tokens: SentimentToken[], i: number): boolean {
  if (!COMPARATIVES.has(wordAt(tokens, i))) return false;
  let k = i - 1;
  let verb = false;
  for (; k >= 0 && k > i - 4 && REACHING.has(wordAt(tokens, k)) && !tokens[k]!.breakAfter; k--) if (REACHING_VERBS.has(wordAt(tokens, k))) verb = true;
  if (!verb || k < 0 || tokens[k]!.breakAfter) return false;
  const word = wordAt(tokens, k);
  return EXTREME_NEGATIONS.has(word) || (word === 'not' && (wordAt(tokens, k - 1) === 'could' || wordAt(tokens, k - 1) === 'can'));
}
const BEATEN: ReadonlySet<string> = new Set(['beats', 'beat', 'compares', 'tops']);

/**
 * Fixed phrases of marketing and customer service whose words mislead: "nothing beats",
 * "hard to beat" and "killer deal" praise; "hate to see you go" regrets politely. The phrase
 * takes this valence in place of its words' (on its first word).
 */
const FORMULAS: ReadonlyMap<string, number> = new Map([
  ...['nothing beats', 'nothing compares', 'nothing tops', "can't beat", 'cant beat', 'cannot beat', 'hard to beat', 'tough to beat'].map((p): [string, number] => [p, 2]),
  ['impossible to beat', 2.5],
  ...['killer deal', 'killer deals', 'killer price', 'killer prices', 'killer offer', 'killer offers'].map((p): [string, number] => [p, 2]),
  ...['hate to see you go', 'hate to see you leave', 'hate to lose you'].map((p): [string, number] => [p, 0]),
  // Slang praise and invitations: "Hell yeah, Friday coffee!", "Kill it at work today", "Stop by".
  // "killed it" / "killing it": see killedIt (praise only when said of people).
  ...['hell yeah', 'hell yes', 'kill it', 'crushing it', 'crushed it'].map((p): [string, number] => [p, 2]),
  ...['stop by', 'stop in', 'stop into'].map((p): [string, number] => [p, 0]),
  // Praise: "This cardamom bun is to die for".
  ['to die for', 2.5],
  // Reassurance and product claims whose "no" denies nothing bad: "No need to send it back",
  // "No added sugar", "no hidden fees". ("No need to worry" still negates the worry.)
  ...['no need to worry', 'nothing to worry about', 'no need to apologize', 'no need to apologise'].map((p): [string, number] => [p, 1]),
  ...['no need', 'no added', 'no hidden', 'no extra charge', 'no extra cost', 'no charge', 'no chemicals', 'no preservatives', 'no additives', 'no artificial', 'no strings attached', 'no catch'].map((p): [string, number] => [p, 0]),
]);
const FORMULA_STARTS = phraseStarts(FORMULAS.keys());

/** Who "killed it" in praise: "You (guys) killed it", "We killed it at the expo"; not "the update". */
const KILLERS: ReadonlySet<string> = new Set(['you', 'we', "y'all", 'yall', 'guys', 'team', 'crew', 'staff', 'baristas', "you're", "we're", "you've", "we've", 'ya']);

/**
 * Words that may stand between the people and "killed it": "You absolutely killed it", "You are
 * killing it", "Your team is killing it", "You two killed it".
 */
const KILL_ADVERBS: ReadonlySet<string> = new Set(['absolutely', 'totally', 'really', 'truly', 'just', 'so', 'all', 'literally', 'seriously', 'are', 'is', 'were', 'was', 'have', 'has', 'been', 'two', 'three', 'both', 'guys']);

/**
 * "killed it" / "killing it" praise when people did it ("You (guys) killed it", "We're killing
 * it"), or when it stands alone as an exclamation ("Killed it! 🔥"); "The update you pushed killed
 * it" and "Killed it again with this update" are the app that broke.
 */
function killedIt(tokens: SentimentToken[], i: number, text: string): boolean {
  const lower = tokens[i]!.lower;
  if ((lower !== 'killed' && lower !== 'killing') || tokens[i]!.breakAfter || tokens[i + 1]?.lower !== 'it') return false;
  if (i === 0 || tokens[i - 1]!.sentenceEnd) {
    // Praise as an exclamation ("Killed it!", "Killed it 🔥") or as the whole text ("Killed it.");
    // followed by more ("Killed it. Tastes like cardboard.", "Killed it, the app won't open")
    // it is as often what broke, and its words count as written.
    const it = tokens[i + 1]!;
    const after = tokens[i + 2];
    if (text.charCodeAt(it.end) === 33 || !after || (!/^\p{L}/u.test(after.surface) && !tokens[i + 3])) return true;
    // Going on in the same sentence: praise when the rest praises or names the people ("Killed it,
    // thank you!", "Killed it, guys!"), or exclaims without a complaint ("Killed it, as always!").
    let praise = false;
    let complaint = false;
    let k = i + 2;
    for (; k < tokens.length; k++) {
      const lower = tokens[k]!.lower;
      if (englishPolarity(lower) > 0 || KILLERS.has(lower)) praise = true;
      if (englishPolarity(lower) < 0 || isNegation(lower)) complaint = true;
      if (tokens[k]!.sentenceEnd) break;
    }
    const exclaims = k < tokens.length && /^\s*!/.test(text.slice(tokens[k]!.end));
    return it.breakAfter && !it.sentenceEnd && (praise || (exclaims && !complaint));
  }
  let k = i - 1;
  while (k > 0 && KILL_ADVERBS.has(tokens[k]!.lower) && !tokens[k - 1]!.breakAfter && !KILLERS.has(tokens[k]!.lower)) k--;
  const people = KILLERS.has(tokens[k]!.lower) || (tokens[k]!.lower === 'guys' && KILLERS.has(tokens[k - 1]?.lower ?? ''));
  // "You killed it with this update, nothing works", "You killed it. The app is useless now":
  // a complaint in the rest of the sentence or the next one says what was killed.
  return people && !complaintAfter(tokens, i + 2);
}

/** A negative word or a negation from token `from` to the end of the sentence after the one holding it. */
function complaintAfter(tokens: SentimentToken[], from: number): boolean {
  let ends = 0;
  for (let k = from; k < tokens.length && ends < 2; k++) {
    if (englishPolarity(tokens[k]!.lower) < 0 || isNegation(tokens[k]!.lower)) return true;
    if (tokens[k]!.sentenceEnd) ends++;
  }
  return false;
}

/** Gives each formula in the text its own valence instead of its words'. */
function applyFormulas(tokens: SentimentToken[], valences: number[], text: string): void {
  for (let i = 0; i < tokens.length; i++) {
    // "Killer!" on its own is slang praise, as "Killed it!" is.
    if (tokens[i]!.lower === 'killer' && (i === 0 || tokens[i - 1]!.sentenceEnd) && text.charCodeAt(tokens[i]!.end) === 33) {
      valences[i] = 2;
      continue;
    }
    if (killedIt(tokens, i, text)) {
      valences[i] = 2;
      valences[i + 1] = 0;
      i++;
      continue;
    }
    const n = phraseAt(tokens, i, FORMULA_STARTS);
    if (!n) continue;
    const valence = FORMULAS.get(tokens.slice(i, i + n).map((t) => t.lower).join(' '));
    if (valence === undefined) continue;
    valences.fill(0, i, i + n);
    valences[i] = valence;
    i += n - 1;
  }
}

function negationAdjusted(tokens: SentimentToken[], i: number, back: number, v: number): number {
  if (atExtreme(tokens, i)) return v;
  if (back === 0) return negationAt(tokens, i - 1) ? v * NEGATION_SCALAR : v;
  if (back === 1) {
    if (wordAt(tokens, i - 2) === 'never' && (wordAt(tokens, i - 1) === 'so' || wordAt(tokens, i - 1) === 'this')) return v * 1.5;
    return negationAt(tokens, i - 2) ? v * NEGATION_SCALAR : v;
  }
  if ((wordAt(tokens, i - 3) === 'never' && (wordAt(tokens, i - 2) === 'so' || wordAt(tokens, i - 2) === 'this')) || wordAt(tokens, i - 1) === 'so' || wordAt(tokens, i - 1) === 'this') return v * 1.25;
  return negationAt(tokens, i - 3) ? v * NEGATION_SCALAR : v;
}

function leastAdjusted(tokens: SentimentToken[], i: number, v: number): number {
  if (tokens[i - 1]?.lower !== 'least') return v;
  const before = tokens[i - 2]?.lower;
  return before === 'at' || before === 'very' ? v : v * NEGATION_SCALAR;
}

/** "but" shifts the weight to what follows it: what came before counts half, what follows 1.5×. */
export function applyButShift(tokens: SentimentToken[], valences: number[]): void {
  const but = tokens.findIndex((t) => t.lower === 'but');
  if (but < 0) return;
  for (let i = 0; i < valences.length; i++) {
    if (i < but) valences[i]! *= 0.5;
    else if (i > but) valences[i]! *= 1.5;
  }
}

function punctuationEmphasis(text: string): number {
  let bangs = 0;
  let questions = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33) bangs++;
    else if (c === 63) questions++;
  }
  const q = questions > 1 ? (questions <= 3 ? questions * QUESTION_BOOST : 0.96) : 0;
  return Math.min(bangs, 4) * EXCLAMATION_BOOST + q;
}

export function normalizeScore(sum: number, alpha = NORMALIZE_ALPHA): number {
  const n = sum / Math.sqrt(sum * sum + alpha);
  return Math.max(-1, Math.min(1, n));
}

/** Compound score −1..1 from per-token valences, VADER style. */
export function compound(text: string, valences: number[]): number {
  let sum = 0;
  for (const v of valences) sum += v;
  if (sum === 0) return 0;
  const emphasis = punctuationEmphasis(text);
  return normalizeScore(sum > 0 ? sum + emphasis : sum - emphasis);
}

// Words that are not asserted count half (the "irrealis" blocking of SO-CAL, Taboada et al.
// 2011): a question asks ("Is it any good?"), a conditional or modal clause supposes ("if it
// works", "could win"), and a hashtag labels a topic more than it expresses a feeling (#win).
const NOT_ASSERTED_FACTOR = 0.5;
const IRREALIS: ReadonlySet<string> = new Set(['if', 'unless', 'would', 'could', 'might', 'should', "would've", "could've", "should've", "wouldn't", "couldn't", "shouldn't"]);

function dampenNonAssertions(tokens: SentimentToken[], valences: number[]): void {
  let irrealis = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (IRREALIS.has(t.lower)) irrealis = true;
    else if (irrealis || t.hashtag) valences[i]! *= NOT_ASSERTED_FACTOR;
    if (t.breakAfter) irrealis = false;
  }
  let question = false;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.sentenceEnd) question = !!t.question;
    if (question) valences[i]! *= NOT_ASSERTED_FACTOR;
  }
}


/** Swearing and slang that intensify what follows ("damn good", "killer deals"), not a polarity. */
const SWEAR_INTENSIFIERS: ReadonlySet<string> = new Set(['damn', 'fucking', 'freaking', 'frigging', 'bloody', 'killer', 'wicked']);

/**
 * A word's clear polarity in VADER's lexicon, for "nothing but …" (sarcasm.ts): praise from 1.8
 * ("good" 1.9, not "promises" 1.6), criticism from −0.5 ("empty"); laughter is neither.
 */
export const englishPolarity = (lower: string): number => {
  // Laughter is no praise; "crazy", "seriously" only intensify what follows ("nothing but crazy good").
  if (LAUGHS.test(lower) || NEGATIVE_INTENSIFIERS.has(lower) || SWEAR_INTENSIFIERS.has(lower)) return 0;
  const v = lexiconValence(lower) ?? 0;
  return v >= 1.8 ? 1 : v <= -0.5 ? -1 : 0;
};

/**
 * The sentiment of a text as a brand's reply (`reply`: every apology and empathy cue neutralises
 * what it covers) and as a comment read for a complaint (`reader`: only apologies do; see
 * apology.ts). They differ only when a softer empathy cue is in the text.
 */
export function englishSentiments(input: string): { reply: number; reader: number } {
  const text = decodeEntities(input);
  const tokens = sentimentTokens(text);
  if (!tokens.length) return { reply: 0, reader: 0 };
  const valences = tokenValences(tokens);
  applyFormulas(tokens, valences, text);
  // "Wow, thanks for nothing.": that sentence's praise is meant the other way, like a negation.
  const sarcastic = sarcasticSentences(tokens, 'en', englishPolarity, text);
  if (sarcastic) for (let i = 0; i < valences.length; i++) if (sarcastic[i] && valences[i]! > 0) valences[i]! *= NEGATION_SCALAR;
  const apology = apologyMask(tokens, 'en', text);
  const reader = apology.includes(EMPATHY) ? valences.slice() : undefined;
  const reply = score(text, tokens, valences, apology, EMPATHY);
  return { reply, reader: reader ? score(text, tokens, reader, apology, APOLOGY) : reply };
}

export const englishSentiment = (input: string): number => englishSentiments(input).reply;

/** The compound score with negative words dropped where the mask is between 1 and `upTo`. */
function score(text: string, tokens: SentimentToken[], valences: number[], apology: Uint8Array, upTo: number): number {
  for (let i = 0; i < valences.length; i++) if (apology[i]! >= APOLOGY && apology[i]! <= upTo && valences[i]! < 0) valences[i] = 0;
  dampenNonAssertions(tokens, valences);
  applyButShift(tokens, valences);
  return compound(text, valences);
}
