// Hostile words and phrases, written for Brandline. Matching is on whole words (so "Scunthorpe",
// "assess", "class" never match), per locale (so Norwegian "fag" = school subject, "sin" = his,
// "hell" = luck never meet the English lists). A trailing `*` matches inflected forms.
// Left out on purpose because they are ordinary in a reply: "relax", "whatever" (but "whatever
// you say" is in), bare "dick" (a name), Norwegian "dumt" ("så dumt at pakken ble borte" is empathy), "teit", "som sagt"
// (but "dum klage", "dumt spørsmål", "du er teit": said of the customer or what they wrote, they are in).
import type { Locale } from '../plan/types';
import { SARCASTIC_THANKS } from './sarcasm';
import type { ToneSpan } from './types';

type Kind = NonNullable<ToneSpan['kind']>;

const list = (kind: Kind, phrases: string) =>
  phrases
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): [string, Kind] => [p, kind]);

/**
 * Brush-offs that are ordinary words in a post ("Don't let the summer go away", "Stikk av fra
 * hverdagen med en kopp", "Ta deg en bolle til kaffen!", "Samma det hvilken bønne du velger"): they
 * count only as a clause of their own ("Stikk av.", "Samma det!"; rev33).
 */
export const CLAUSE_ONLY_BRUSH_OFFS: Record<Locale, readonly string[]> = {
  en: ['go away', 'take a hike', 'go take a hike', 'buzz off'],
  nb: ['stikk av', 'forsvinn', 'ta deg en bolle', 'drit i det', 'samma det', 'same det', 'får bare leve med det', 'det får du leve med', 'det får du bare leve med', 'ta det med noen andre', 'ta det opp med noen andre'],
};

/**
 * What may follow such a brush-off after "and"/"og" and keep it one: "Go away and never come back",
 * "Bare stikk av og la oss være i fred" (rev35 M4). Only after a brush-off: on their own some are a
 * post's words ("You'll never come back to instant coffee").
 */
export const BRUSH_OFF_TAILS: Record<Locale, readonly string[]> = {
  en: ['never come back', "don't come back", 'dont come back', 'do not come back', 'stay away', 'stay gone', 'leave us alone', 'leave me alone', "don't bother us", "don't bother us again", 'take your business elsewhere'],
  nb: ['kom aldri tilbake', 'ikke kom tilbake', 'ikke kom igjen', 'hold deg unna', 'la oss være i fred', 'la meg være i fred', 'ikke plag oss mer', 'ta pengene dine et annet sted'],
};

export const HOSTILE_PHRASES: Record<Locale, [string, Kind][]> = {
  en: [
    ...list(
      'insult',
      'idiot*|stupid|stupidity|moron*|dumb|dumbass|imbecile*|loser|losers|pathetic|clown|clowns|incompetent|retard|retarded|jerk|jerks|scum|scumbag*|cretin*|halfwit|nitwit|dimwit|brainless|clueless idiot|you are useless|you\'re useless|you are pathetic|you\'re pathetic|shut up|shut your mouth|piece of garbage|piece of trash|get lost|get bent|bugger off|sod off|buzz off|take a hike|go take a hike|go away',
    ),
    ...list(
      'profanity',
      'fuck*|f*ck*|fck|fcking|motherfucker*|shit|shits|shitty|shithead|sh*t|bullshit|holy shit|holy crap|fucking hell|bloody hell|crap|crappy|damn|dammit|goddamn*|bitch|bitches|bitchy|bastard*|asshole*|arsehole*|dumbass|jackass|dickhead*|piss off|pissed off|wtf|stfu|what the hell|go to hell|hell no|screw you',
    ),
    ...list(
      'blame',
      'your fault|your own fault|you should have|you should\'ve|you failed to|you didn\'t read|you did not read|did you even read|obviously you|clearly you|you obviously|you clearly|your problem|not our problem|not our fault|not my problem|not my fault|you people|user error|if you had read|if you had bothered|learn to read|rtfm',
    ),
    ...list(
      'dismissive',
      'calm down|chill out|get over it|sorry not sorry|deal with it|who cares|stop whining|stop complaining|quit whining|quit complaining|cry me a river|cry more|grow up|get a life|take it or leave it|as i already said|as we already said|like i said|like we said|google it|not worth our time|not worth my time|don\'t care|we don\'t care|i don\'t care|so what|then don\'t buy it|don\'t buy it then|so don\'t buy it|whatever you say|if you say so',
    ),
    ...list('dismissive', SARCASTIC_THANKS.en.join('|')),
  ],
  nb: [
    ...list(
      'insult',
      'idiot*|dust|duster|dustete|dumming*|dumskalle*|tosk|tosker|tosket|fjols*|hjernedød*|evneveik*|åndssvak*|taper|tapere|tapern|inkompetent*|udugelig*|kødd|køddete|drittsekk*|rasshøl*|du er dum|dere er dumme|du er teit|dere er teite|dum klage|dumme klager|dumt spørsmål|dumme spørsmål|dum kommentar|dumme kommentarer|dumt innlegg|teit klage|teit spørsmål|teite spørsmål|du er ubrukelig|dere er ubrukelige|patetisk*|hold kjeft|hold munn|kom deg vekk|stikk av|forsvinn|drit og dra|dra dit pepperen gror',
    ),
    ...list(
      'profanity',
      'faen|faens|fanden|fy faen|jævla|jævlig|jævel|jævler|jævlene|helvete|hælvete|dritt|driten|dritten|drittkaffe*|drittselskap*|drittprodukt*|drittservice*|drittbutikk*|drittfirma*|drittkundeservice*|drittlevering*|drittapp*|drittsted*|pokker|satan|satans|forbanna|forbannet|kuk|fitte|pikk|føkk|fucka|wtf',
    ),
    ...list(
      'blame',
      'din feil|din egen feil|deres egen feil|deres feil|ditt problem|det er ditt problem|ikke vårt problem|ikke vår feil|ikke mitt problem|ikke min feil|du burde ha|dere burde ha|du skulle ha|dere skulle ha|du har åpenbart|du har tydeligvis|åpenbart at du|tydeligvis ikke lest|lær deg å lese|brukerfeil|selvforskyldt|dere folk|sånne som deg',
    ),
    ...list(
      'dismissive',
      'roe deg ned|ro deg ned|ro dere ned|roe dere ned|slapp av|slappe av litt|hvem bryr seg|vi bryr oss ikke|bryr meg ikke|gidder ikke|slutt å klage|slutt å syte|slutt å sutre|slutt å mase|få deg et liv|skjerp deg|skjerp dere|bare glem det|ta deg en bolle|drit i det|driter i det|samma det|same det|får bare leve med det|det får du leve med|det får du bare leve med|ta det med noen andre|ta det opp med noen andre|det får du ta med noen andre|klag til noen andre|ta det eller la det være|som jeg allerede har sagt|som vi allerede har sagt|ikke verdt tiden|hvis du sier det så|om du sier det så|hva du enn sier|hva enn du sier',
    ),
    ...list('dismissive', SARCASTIC_THANKS.nb.join('|')),
  ],
};

/**
 * Non-apologies: sorry for the customer's feelings, not for what happened, and fatalistic brush-offs. They are dismissive
 * only as the reply's last words (findHostility): "Sorry you feel that way." is a door closed,
 * while "Sorry if you feel that way, we'll do better" and "…, and we hear you" go on to help (rev21).
 * "Leit at du opplever det slik" is left out: Norwegian customer service says it sincerely.
 */
export const NON_APOLOGIES: Record<Locale, string[]> = {
  en: [
    'sorry you feel that way', 'sorry you feel this way', 'sorry you feel like that', 'sorry that you feel that way', 'sorry that you feel this way',
    'sorry if you feel that way', 'sorry if you feel this way', 'sorry if you felt that way', 'sorry you see it that way', 'sorry you see it like that',
    'sorry if you were offended', 'sorry if you are offended', "sorry if you're offended", 'sorry if anyone was offended', 'sorry if anyone is offended',
    'sorry if that offended you', 'sorry if this offended you', 'sorry you were offended', 'sorry you are upset', "sorry you're upset",
    'sorry if that upset you', 'sorry if this upset you', 'sorry if you were upset', 'sorry if you were disappointed', 'sorry if you are disappointed', "sorry if you're disappointed",
    'apologize if you were offended', 'apologise if you were offended', 'apologize if you feel that way', 'apologise if you feel that way',
    // The door closed without an apology: only as the reply's last words (rev27: "Sånn er det bare
    // med ferske bønner" and "That's just how it is with a natural product" are ordinary posts).
    "that's just how it is", 'that is just how it is', 'it is what it is', "it's what it is", "that's just the way it is", 'that is just the way it is',
  ],
  nb: [
    'beklager at du føler det slik', 'beklager at du føler det sånn', 'beklager hvis du føler det slik', 'beklager hvis du føler det sånn',
    'beklager om du føler det slik', 'beklager om du føler det sånn', 'beklager at du ser det slik', 'beklager at du ser det sånn',
    'beklager hvis du ble fornærmet', 'beklager om du ble fornærmet', 'beklager hvis noen ble fornærmet', 'beklager om noen ble fornærmet',
    'beklager hvis du ble skuffet', 'beklager om du ble skuffet', 'beklager hvis det såret deg',
    'synd at du føler det slik', 'synd at du føler det sånn', 'synd du føler det slik', 'synd du føler det sånn',
    'sånn er det bare', 'slik er det bare', 'det er bare sånn det er', 'det er bare slik det er',
  ],
};

