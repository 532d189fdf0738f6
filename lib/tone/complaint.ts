// Does a comment read as a complaint or a negative comment (`context.complaint`)? Either its
// sentiment is clearly negative, it is hostile, or it carries a complaint cue ("still waiting",
// "refund", "ikke fått", "reklamasjon", excess such as "too slow", "altfor dyrt") without being
// clearly happy ("Thanks for the refund!", "altfor godt"). The cues of both languages are looked
// for whatever the plan's locale: a Norwegian brand with an English plan still gets Norwegian
// complaints ("har fortsatt ikke fått pakken"), and the two lists share no ordinary words.
//
// Two kinds of cue. A *topic* cue ("refund", "waiting for", "too", "klage") also turns up in happy
// comments, so it counts only when the comment is not clearly happy. A *failure* cue says that
// something went wrong ("still nothing", "nobody answers", "never arrived", "thanks for nothing",
// "ingen svarer") and counts however warm the words around it are: a happy-sounding comment with
// one is sarcasm ("Wow, amazing service, three weeks and still nothing"), and answering it with a
// cheerful reply is how a flame starts.
import type { Locale } from '../plan/types';
import { compilePhrases, matchPhrases, type PhraseIndex, type WordToken } from './words';

type Cue = 'failure' | 'topic';

const FAILURE: Record<Locale, string[]> = {
  en: 'still waiting|still nothing|still no tracking|still no reply|still no response|still no answer|still no refund|still not arrived|still not received|still not here|still haven\'t|still have not|still don\'t have|still do not have|no tracking|haven\'t heard|have not heard|not heard back|heard nothing|nobody replied|no one replied|nobody answers|no one answers|nobody responds|no one responds|no response|no reply|never arrived|never received|hasn\'t arrived|has not arrived|didn\'t arrive|did not arrive|not arrived|haven\'t received|have not received|not received|wrong order|wrong item|overcharged|charged twice|where is my|where\'s my|arrived late|arrived cold|late again|broken again|stopped working|doesn\'t work|does not work|thanks for nothing|yeah right'.split('|'),
  nb: 'fortsatt ingen|ingen sporing|ingen oppdatering|ikke hørt noe|hørt ingenting|ingen har svart|ingen svarer|ikke mottatt|har ikke kommet|aldri kommet|aldri mottatt|venter fortsatt|venter ennå|virker ikke|fungerer ikke|funker ikke|sluttet å virke|svarer ikke|feil vare|feil bestilling|belastet to ganger|trukket to ganger|hvor er pakken|hvor er bestillingen|kom kald|kom for sent|takk for ingenting'.split('|'),
};

const TOPIC: Record<Locale, string[]> = {
  en: 'still not|still no|no update|no updates|no news|never got|refund*|money back|chargeback|complain*|complaint*|worst|terrible|awful|horrible|unacceptable|ridiculous|disappointed|disappointing|disgusted|broken|damaged|faulty|defective|not working|waited|waiting for|scam|rip off|ripoff|cancel my|cancelled my|what a joke|fix this|do better|shame on you|never again|last time i|lost my|too slow|too late|too expensive|too long|way too|took forever|takes forever|overpriced|cold when'.split('|'),
  nb: 'ennå ingen|enda ingen|ikke fått|ikke kommet|aldri fått|fortsatt ikke|ennå ikke|enda ikke|reklamasjon*|reklamere|klage*|pengene tilbake|refusjon*|tilbakebetaling|verste|elendig|forferdelig|skandale*|skuffet|skuffende|skuffa|uakseptabelt|latterlig|ødelagt|defekt|ingen svar|ikke svart|ventet i|svindel|lurt|si opp|sagt opp|aldri igjen|siste gang|fiks dette|skjerpings|skam dere|altfor dyr*|altfor treg*|altfor sen*|altfor lang*|altfor dårlig*|altfor kald*|altfor lite|alt for dyr*|alt for lang*|alt for sen*|for dyr|for dyrt|for dyre|for treg|for tregt|for sent|for lang tid|tok evigheter|overpriset|var kald'.split('|'),
};

// The longest cue at a word wins and its words are used up, so "still no tracking" is listed whole:
// otherwise the topic cue "still no" would take "no" from the failure cue "no tracking".
const INDEX: PhraseIndex<Cue> = compilePhrases<Cue>([
  ...[...FAILURE.en, ...FAILURE.nb].map((c): [string, Cue] => [c, 'failure']),
  ...[...TOPIC.en, ...TOPIC.nb].map((c): [string, Cue] => [c, 'topic']),
]);

export interface ComplaintCues {
  failure: number;
  topic: number;
}

export function complaintCues(words: WordToken[]): ComplaintCues {
  const cues: ComplaintCues = { failure: 0, topic: 0 };
  for (const match of matchPhrases(words, INDEX)) cues[match.value] += 1;
  return cues;
}

export function isComplaint(sentiment: number, cues: ComplaintCues, hostile: number): boolean {
  if (hostile > 0 || sentiment <= -0.25 || cues.failure > 0) return true;
  return cues.topic > 0 && sentiment < 0.4;
}
