import type { Locale } from '../plan/types';

/** A span of the analysed text, UTF-16 offsets [start, end). */
export interface ToneSpan {
  start: number;
  end: number;
  /** What kind of hostility: insult, profanity, blame, dismissive. */
  kind?: 'insult' | 'profanity' | 'blame' | 'dismissive';
}

export interface ToneAnalysis {
  locale: Locale;
  /** −1..1, the score `identity.voice.minSentiment` is compared with. Apologies/empathy are not negative. */
  sentiment: number;
  /** Insults, profanity, blaming and dismissive phrases found. Empty when none. */
  hostile: ToneSpan[];
  /** Shouting spans: runs of 3+ `!`/`?`, all-caps words (3+ letters; only when 2+ such words). */
  shouting: ToneSpan[];
  formality: { level: 'casual' | 'neutral' | 'formal'; score: number };
  /** True when the text reads as a complaint or a negative comment (used for `context.complaint`). */
  complaint: boolean;
}
