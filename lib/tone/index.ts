// Tone of a text for the tone.* rules and `context.complaint`: pure, synchronous, never throws,
// cheap enough to run on every keystroke. English uses the VADER method and lexicon; Norwegian
// Bokmål a lexicon derived from NoReC_sentence with Norwegian rules (see LEXICONS.md).
import type { Locale } from '../plan/types';
import { complaintCues, eyeRollSarcasm, isComplaint, swearingJudged } from './complaint';
import { formality } from './formality';
import { findHostility } from './hostility';
import { englishSentiments } from './sentiment-en';
import { norwegianSentiments } from './sentiment-nb';
import { nfcOffsets } from './nfc';
import { findShouting } from './shouting';
import type { ToneAnalysis, ToneSpan } from './types';
import { wordTokens } from './words';

export type { ToneAnalysis, ToneSpan } from './types';

const round = (n: number) => Math.round(n * 10000) / 10000;
/** What sarcasm does to praise: VADER's negation scalar. */
const EYE_ROLLED = -0.74;

function complaintOf(text: string, words: ReturnType<typeof wordTokens>, hostile: ToneSpan[], sentiment: number, score: (text: string) => number, lang: Locale): boolean {
  const judged = swearingJudged(text, hostile, sentiment, score);
  return isComplaint(judged.sentiment, complaintCues(words, text), hostile, judged.praise, lang);
}

export function analyzeTone(text: string, locale: Locale): ToneAnalysis {
  const given = typeof text === 'string' ? text : '';
  const nfc = given.normalize('NFC');
  const back = nfcOffsets(given, nfc);
  const tone = analyzeNfc(back ? nfc : given, locale);
  if (!back) return tone;
  const mapped = (spans: ToneSpan[]) => spans.map((span) => ({ ...span, start: back(span.start, false), end: back(span.end, true) }));
  return { ...tone, hostile: mapped(tone.hostile), shouting: mapped(tone.shouting) };
}

function analyzeNfc(input: string, locale: Locale): ToneAnalysis {
  const lang: Locale = locale === 'nb' ? 'nb' : 'en';
  const words = wordTokens(input);
  const sentiments = lang === 'nb' ? norwegianSentiments : englishSentiments;
  const finite = (raw: number) => (Number.isFinite(raw) ? round(raw) : 0);
  const both = sentiments(input);
  // A complaint is judged as the customer wrote it: softer empathy words ("Så irriterende at …")
  // are the brand's reply's, not the customer's (apology.ts).
  const readerScore = (text: string) => finite(sentiments(text).reader);
  const hostile = findHostility(words, lang, input);
  // Praise an eye-roll closes or opens ("Really helpful. 🙄", "Takk for den fantastiske anmeldelsen
  // 🙄") is sarcasm: it reads as the opposite, as sarcastic thanks do (sarcasm.ts).
  const reply = both.reply > 0 && eyeRollSarcasm(words, input) ? both.reply * EYE_ROLLED : both.reply;
  return {
    locale: lang,
    sentiment: finite(reply),
    hostile,
    shouting: findShouting(input),
    formality: formality(input, words, lang),
    complaint: complaintOf(input, words, hostile, finite(both.reader), readerScore, lang),
  };
}
