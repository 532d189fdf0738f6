// Register: casual / neutral / formal, for `tone.formality`. Each cue adds or subtracts points;
// the score is squashed to −1 (very casual) … +1 (very formal). The level bands (±0.35) are wide
// on purpose: the rule should only speak when the register is clearly off the plan.
import type { Locale } from '../plan/types';
import type { ToneAnalysis } from './types';
import { compilePhrases, matchPhrases, type PhraseIndex, type WordToken } from './words';

const cues = (weight: number, phrases: string) =>
  phrases
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): [string, number] => [p, weight]);

const LISTS: Record<Locale, [string, number][]> = {
  en: [
    ...cues(-2, 'lol|lmao|lmfao|rofl|omg|omfg|haha*|hehe*|yay|woohoo|wtf|idk|tbh|imo|imho|btw|brb|smh|ikr|fyi|ttyl|gonna|wanna|gotta|ya|yall|y\'all|u|ur|thx|thnx|pls|plz|dude|bro|guys|yo|nah|yep|yup|nope|kinda|sorta|cuz|coz|dunno|lemme|gimme|ain\'t|awesome|cool|stuff|super excited|hey|heya|hiya|xoxo|ok cool'),
    ...cues(-1, 'hi|hello there|yeah|okay|ok|totally|literally|pretty much|no worries|cheers|oops|whoops|grab|check it out|can\'t wait'),
    ...cues(3, 'dear|sincerely|yours sincerely|yours faithfully|respectfully|kind regards|best regards|warm regards|with regards|we regret to inform|regret to inform you|please be advised|be advised|hereby|herewith|pursuant|aforementioned|henceforth|whereby|do not hesitate to contact|should you have any|we kindly ask|kindly|at your earliest convenience|we would be grateful|please accept our|to whom it may concern'),
    ...cues(1.5, 'furthermore|moreover|therefore|consequently|accordingly|nevertheless|regarding|concerning|in accordance with|with respect to|we apologize for any inconvenience|inconvenience|assistance|inquiry|enquiry|request|ensure|provide|receive|sincere|appreciate|we would like to|please find|we are pleased|we are delighted|customer|correspondence|thank you for your patience'),
  ],
  nb: [
    ...cues(-2, 'lol|haha*|hehe*|digg|dritbra|drittbra|sykt|sinnsykt|asså|liksom|btw|omg|wtf|heisann|halla|hallo|hæ|jaja|neida|joda|kjempegøy|kult|fett|nice|sorry|yes|jepp|nope|dere altså|gidder|æsj|uff|oi|wow|heia'),
    ...cues(-1, 'hei|hei hei|ok|okei|supert|kjempe*|gøy|gleder oss|sees|takk for sist|dere'),
    ...cues(3, 'med vennlig hilsen|vennlig hilsen|vennligst|ærbødigst|undertegnede|herved|vedrørende|angående|henvisning|vi viser til|viser til|vi beklager å måtte meddele|beklageligvis|vi ber om forståelse|ber om|de bes|dere bes|hermed|jf|iht|i henhold til|påfølgende|ovennevnte|nevnte|tilsvarende|med hilsen'),
    ...cues(1.5, 'mvh|henvendelse|henvendelsen|forespørsel|kundeservice|ulempe|ulemper|eventuelle|imidlertid|således|dessuten|følgelig|bistå|bistand|tilbakemelding|tilbakemeldingen|behandle|behandlet|vennlig|takk for din henvendelse|takk for henvendelsen|vi setter pris på'),
  ],
};

const INDEX: Record<Locale, PhraseIndex<number>> = { en: compilePhrases(LISTS.en), nb: compilePhrases(LISTS.nb) };

const EMOJI_OR_EMOTICON = /\p{Extended_Pictographic}|(?:^|\s)[:;=xX8][-']?[)(DPpOo3/\\|*]/gu;
const CONTRACTION = /\b\p{L}+(?:n't|'re|'ll|'ve|'m|'d)\b/giu;

/** Polite capitalised De/Dem/Deres (the old formal "you") mid-sentence is very formal Norwegian. */
const NB_FORMAL_YOU = /(?<=\p{Ll}[ ,]+)(?:De|Dem|Deres)\b/gu;

export function formality(text: string, words: WordToken[], locale: Locale): ToneAnalysis['formality'] {
  let points = 0;
  for (const m of matchPhrases(words, INDEX[locale])) points += m.value;
  points -= 1.5 * Math.min(3, (text.match(EMOJI_OR_EMOTICON) ?? []).length);
  if (locale === 'en') points -= 0.5 * Math.min(3, (text.match(CONTRACTION) ?? []).length);
  if (locale === 'nb') points += 3 * Math.min(2, (text.match(NB_FORMAL_YOU) ?? []).length);
  // "!!", "?!" and stretched words ("sooo") read casual in either language.
  if (/[!?]{2,}/.test(text)) points -= 1.5;
  if (/(\p{L})\1\1/u.test(text)) points -= 1;
  // Greeting with an exclamation ("Hei!", "Hi!") is friendly-casual; "Hei," starts a letter.
  if (/^\s*(?:hei|hi|hey|hallo|hello)\s*!/iu.test(text)) points -= 1;
  // Long sentences lean formal.
  const sentences = Math.max(1, (text.match(/[.!?]+(?:\s|$)/g) ?? []).length);
  const perSentence = words.length / sentences;
  if (perSentence > 20) points += 1;
  const score = Math.tanh(points / 4);
  const rounded = Math.round(score * 1000) / 1000;
  const level = score <= -0.4 ? 'casual' : score >= 0.4 ? 'formal' : 'neutral';
  return { level, score: rounded };
}
