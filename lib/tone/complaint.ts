// Does a comment read as a complaint or a negative comment (`context.complaint`)? Either its
// sentiment is clearly negative, it is hostile, or it carries a complaint cue ("still waiting",
// "refund", "ikke fått", "reklamasjon", excess such as "too slow", "altfor dyrt") without being
// clearly happy ("Thanks for the refund!", "altfor godt"). The cues of both languages are looked
// for whatever the plan's locale: a Norwegian brand with an English plan still gets Norwegian
// complaints ("har fortsatt ikke fått pakken"), and the two lists share no ordinary words.
import type { Locale } from '../plan/types';
import { compilePhrases, matchPhrases, type PhraseIndex, type WordToken } from './words';

const CUES: Record<Locale, string[]> = {
  en: 'still waiting|still haven\'t|still have not|still not|still no|still nothing|still don\'t have|still do not have|no tracking|no update|no updates|no news|haven\'t heard|have not heard|not heard back|heard nothing|nobody replied|no one replied|never arrived|never received|never got|hasn\'t arrived|has not arrived|didn\'t arrive|did not arrive|not arrived|not received|haven\'t received|have not received|refund*|money back|chargeback|complain*|complaint*|worst|terrible|awful|horrible|unacceptable|ridiculous|disappointed|disappointing|disgusted|broken|damaged|faulty|defective|doesn\'t work|does not work|stopped working|not working|no response|no reply|nobody answers|no one answers|waited|waiting for|wrong order|wrong item|overcharged|charged twice|scam|rip off|ripoff|cancel my|cancelled my|what a joke|fix this|do better|shame on you|never again|last time i|lost my|where is my|where\'s my|too slow|too late|too expensive|too long|way too|took forever|takes forever|overpriced|cold when|arrived cold|arrived late'.split('|'),
  nb: 'fortsatt ingen|ennå ingen|enda ingen|ingen sporing|ingen oppdatering|ikke hørt noe|hørt ingenting|ingen har svart|ikke fått|ikke mottatt|har ikke kommet|ikke kommet|aldri kommet|aldri fått|aldri mottatt|venter fortsatt|venter ennå|fortsatt ikke|ennå ikke|enda ikke|reklamasjon*|reklamere|klage*|pengene tilbake|refusjon*|tilbakebetaling|verste|elendig|forferdelig|skandale*|skuffet|skuffende|skuffa|uakseptabelt|latterlig|ødelagt|defekt|virker ikke|fungerer ikke|funker ikke|sluttet å virke|ingen svar|ikke svart|svarer ikke|ventet i|feil vare|feil bestilling|belastet to ganger|trukket to ganger|svindel|lurt|si opp|sagt opp|hvor er pakken|hvor er bestillingen|aldri igjen|siste gang|fiks dette|skjerpings|skam dere|altfor dyr*|altfor treg*|altfor sen*|altfor lang*|altfor dårlig*|altfor kald*|altfor lite|alt for dyr*|alt for lang*|alt for sen*|for dyr|for dyrt|for dyre|for treg|for tregt|for sent|for lang tid|tok evigheter|overpriset|kom kald|var kald|kom for sent'.split('|'),
};

const INDEX: PhraseIndex<true> = compilePhrases([...CUES.en, ...CUES.nb].map((c): [string, true] => [c, true]));

export function complaintCues(words: WordToken[]): number {
  return matchPhrases(words, INDEX).length;
}

export function isComplaint(sentiment: number, cues: number, hostile: number): boolean {
  if (hostile > 0 || sentiment <= -0.25) return true;
  return cues > 0 && sentiment < 0.4;
}
