/**
 * Every sentence a plan check can say — schema problems, unknown keys, JSON syntax errors —
 * in English and Bokmål. The type makes a missing language or code a compile error. The JSON
 * path, line and column are put in front by the caller, identical in both languages.
 * English is what the CLI prints and what scripts may match: change it only on purpose.
 */
import type { ChannelId, MessageLocale } from '../engine/types';
import { defineMessages, formatNumber, quote } from '../rules/messages';
import type { IdOwner, PlanIssueCode, PlanIssueParams } from './issue-codes';

export type JsonProblemCode =
  | 'colonAfterKey'
  | 'badUnicodeEscape'
  | 'badEscape'
  | 'lineBreakInString'
  | 'unclosedString'
  | 'trailingCommaObject'
  | 'keyNotQuoted'
  | 'commaOrBrace'
  | 'trailingCommaArray'
  | 'commaOrBracket'
  | 'endWhereValueExpected'
  | 'unexpectedWhereValueExpected'
  | 'unexpectedAfterEnd'
  | 'tooDeep'
  | 'invalid';

/** Where the scan stopped: a character, or the end of the text. */
export type JsonFound = { char: string } | { end: true };

/** The value types a plan field can expect (zod's names, plus `int`). */
export type ExpectedType = 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object';

export interface PlanMessages {
  /** A value from the file, short: `"five"` / `«five»`, `a list` / `en liste`. */
  /** `notANumber`: what a number field held that is no number, or an ambiguous one ("1,500" in English). */
  shown: { nothing: string; list: string; object: string; string: (text: string) => string; notANumber: string };
  /** A literal the schema allows (`"en"`), quoted as the locale quotes. */
  literal: (value: unknown) => string;
  expected: Record<ExpectedType, string>;
  missing: (expected: string) => string;
  wrongType: (expected: string, got: string) => string;
  oneValue: (value: string, got: string) => string;
  oneOf: (values: readonly string[], got: string) => string;
  atMostItems: (max: number, got: string) => string;
  atMost: (max: number, got: string) => string;
  atLeastItems: (min: number) => string;
  atLeast: (min: number, got: string) => string;
  invalidValue: string;
  /** `<problem>, got <value>`: the value found after a problem worded by a code. */
  withGot: (problem: string, got: string) => string;
  /** `<problem> (got <value>)`: after a platform cap, which already ends in a clause. */
  capGot: (problem: string, got: string) => string;
  unknownKeyDidYouMean: (key: string, meant: string) => string;
  unknownKeyAllowed: (key: string, allowed: readonly string[]) => string;
  unknownKey: (key: string) => string;
  notAnObject: (got: string) => string;
  issue: { [C in PlanIssueCode]: (params: PlanIssueParams[C]) => string };
  notJson: (problem: string, line: number, column: number) => string;
  /** `<problem> (line <n>)`: where in a plan file the problem is. */
  atLine: (problem: string, line: number) => string;
  json: Record<JsonProblemCode, (found: string) => string>;
  /** The place a JSON scan stopped: `"x"` / `«x»`, or the end of the text. */
  jsonFound: (found: JsonFound) => string;
}

const CHANNEL_NAMES: Record<ChannelId, string> = { x: 'X', facebook: 'Facebook', instagram: 'Instagram' };

/** A string inside «», line breaks and control characters escaped as JSON writes them; a `"` needs no escape there. */
const nbString = (text: string) => quote('nb', JSON.stringify(text).slice(1, -1).replace(/\\"/g, '"'));
const nbLiteral = (value: unknown) => (typeof value === 'string' ? nbString(value) : JSON.stringify(value));

const ID_OWNER_NB: Record<IdOwner, string> = {
  audience: 'en annen målgruppe',
  goal: 'et annet mål',
  'reply template': 'en annen svarmal',
  campaign: 'en annen kampanje',
  plan: 'en annen plan',
};

export const PLAN_MESSAGES = defineMessages<PlanMessages>({
  en: {
    shown: { nothing: 'nothing', list: 'a list', object: 'an object', string: (text) => JSON.stringify(text), notANumber: 'text that is not a number (write digits, with a point or a comma before decimals: 1500, 0.045; 1,500 could mean either)' },
    literal: (value) => JSON.stringify(value),
    expected: { string: 'a string', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list', object: 'an object' },
    missing: (expected) => `missing (expected ${expected})`,
    wrongType: (expected, got) => `expected ${expected}, got ${got}`,
    oneValue: (value, got) => `expected ${value}, got ${got}`,
    oneOf: (values, got) => `expected one of ${values.join(', ')}, got ${got}`,
    atMostItems: (max, got) => `expected at most ${max} items, got ${got}`,
    atMost: (max, got) => `expected at most ${max}, got ${got}`,
    atLeastItems: (min) => `expected at least ${min} items`,
    atLeast: (min, got) => `expected at least ${min}, got ${got}`,
    invalidValue: 'invalid value',
    withGot: (problem, got) => `${problem}, got ${got}`,
    capGot: (problem, got) => `${problem} (got ${got})`,
    unknownKeyDidYouMean: (_key, meant) => `unknown key (did you mean "${meant}"?)`,
    unknownKeyAllowed: (_key, allowed) => `unknown key (allowed here: ${allowed.join(', ')})`,
    unknownKey: () => 'unknown key',
    notAnObject: (got) => `expected a JSON object, got ${got}`,
    issue: {
      'text.empty': () => 'must not be empty',
      'slug.format': () => 'expected an id of letters, digits, ".", "_" or "-" (like "nordlys-coffee")',
      'date.format': () => 'expected a date written YYYY-MM-DD',
      'date.calendar': () => 'not a calendar date',
      'term.wildcard': () => 'a "*" wildcard may only end a term',
      'term.blank': () => 'expected a word or phrase, not only spaces or "*"',
      'text.blank': () => 'expected some text, not only spaces',
      'hashtag.format': () => 'expected one hashtag like "#NordlysCoffee" (no spaces)',
      'domain.format': () => 'expected a domain like "nordlyscoffee.no" (no https://, no path)',
      'currency.format': () => 'expected a currency code like "NOK" or "EUR"',
      'preferred.noInsteadOf': () => 'list at least one word to replace',
      'kpi.unknown': ({ kpis }) => `expected a KPI id (${kpis.join(', ')}, engagementRate.<contentType>, budgetPacing.<campaignId>)`,
      'cap.hashtags': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} allows at most ${limit} hashtags per post; a plan cannot raise that`,
      'cap.hashtagsMin': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} allows at most ${limit} hashtags per post, so a higher minimum could never be met`,
      'cap.mentions': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} allows at most ${limit} @mentions per post; a plan cannot raise that`,
      'cap.length.weighted': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} allows at most ${limit} weighted characters per post; a plan cannot raise that`,
      'cap.length.codePoints': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} allows at most ${limit} characters per post; a plan cannot raise that`,
      'hashtags.minAboveMax': ({ max }) => `must not be above hashtags.max (${max})`,
      'hashtags.tooManyRequired': ({ count, cap }) => `lists ${count} required hashtags but at most ${cap} are allowed`,
      'cta.noPhrases': () => 'list at least one phrase when cta.required is true',
      'campaign.endBeforeStart': ({ start }) => `must not be before start (${start})`,
      'id.duplicate': ({ what, id }) => `another ${what} already has the id "${id}"`,
    },
    notJson: (problem, line, column) => `not valid JSON: ${problem} at line ${line}, column ${column}`,
    atLine: (problem, line) => `${problem} (line ${line})`,
    json: {
      colonAfterKey: (found) => `expected ":" after the key, found ${found}`,
      badUnicodeEscape: () => 'bad \\u escape in a string',
      badEscape: () => 'bad escape in a string',
      lineBreakInString: () => 'a line break or control character inside a string (missing closing quote?)',
      unclosedString: () => 'a string that is never closed',
      trailingCommaObject: () => 'a trailing comma before "}"',
      keyNotQuoted: (found) => `expected a key in double quotes, found ${found}`,
      commaOrBrace: (found) => `expected "," or "}" after a value, found ${found}`,
      trailingCommaArray: () => 'a trailing comma before "]"',
      commaOrBracket: (found) => `expected "," or "]" after a value, found ${found}`,
      endWhereValueExpected: () => 'the text ends where a value was expected',
      unexpectedWhereValueExpected: (found) => `unexpected ${found} where a value was expected (strings need double quotes)`,
      unexpectedAfterEnd: (found) => `unexpected ${found} after the end of the JSON value`,
      tooDeep: () => 'arrays or objects nested more than 512 deep (is a closing bracket missing?)',
      invalid: () => 'invalid JSON',
    },
    jsonFound: (found) => ('end' in found ? 'the end of the text' : JSON.stringify(found.char)),
  },
  nb: {
    shown: { nothing: 'ingenting', list: 'en liste', object: 'et objekt', string: nbString, notANumber: 'tekst som ikke er et tall (skriv sifre, med komma eller punktum foran desimaler: 1500, 0,045; 1.500 kan bety begge deler)' },
    literal: nbLiteral,
    expected: { string: 'en tekst', number: 'et tall', int: 'et heltall', boolean: 'true eller false', array: 'en liste', object: 'et objekt' },
    missing: (expected) => `mangler (forventet ${expected})`,
    wrongType: (expected, got) => `forventet ${expected}, fikk ${got}`,
    oneValue: (value, got) => `forventet ${value}, fikk ${got}`,
    oneOf: (values, got) => `forventet én av ${values.join(', ')}, fikk ${got}`,
    atMostItems: (max, got) => `forventet høyst ${formatNumber('nb', max)} elementer, fikk ${got}`,
    atMost: (max, got) => `forventet høyst ${formatNumber('nb', max)}, fikk ${got}`,
    atLeastItems: (min) => `forventet minst ${formatNumber('nb', min)} ${min === 1 ? 'element' : 'elementer'}`,
    atLeast: (min, got) => `forventet minst ${formatNumber('nb', min)}, fikk ${got}`,
    invalidValue: 'ugyldig verdi',
    withGot: (problem, got) => `${problem}, fikk ${got}`,
    capGot: (problem, got) => `${problem} (fikk ${got})`,
    unknownKeyDidYouMean: (key, meant) => `ukjent felt ${nbString(key)} — mente du ${nbString(meant)}?`,
    unknownKeyAllowed: (key, allowed) => `ukjent felt ${nbString(key)} (tillatt her: ${allowed.join(', ')})`,
    unknownKey: (key) => `ukjent felt ${nbString(key)}`,
    notAnObject: (got) => `forventet et JSON-objekt, fikk ${got}`,
    issue: {
      'text.empty': () => 'kan ikke være tomt',
      'slug.format': () => 'forventet en id av bokstaver, sifre, «.», «_» eller «-» (som «nordlys-coffee»)',
      'date.format': () => 'forventet en dato skrevet ÅÅÅÅ-MM-DD',
      'date.calendar': () => 'ikke en dato som finnes i kalenderen',
      'term.wildcard': () => 'jokertegnet «*» kan bare stå sist i et ord',
      'term.blank': () => 'forventet et ord eller en frase, ikke bare mellomrom eller «*»',
      'text.blank': () => 'forventet tekst, ikke bare mellomrom',
      'hashtag.format': () => 'forventet én emneknagg som «#NordlysCoffee» (uten mellomrom)',
      'domain.format': () => 'forventet et domene som «nordlyscoffee.no» (uten https:// og uten sti)',
      'currency.format': () => 'forventet en valutakode som «NOK» eller «EUR»',
      'preferred.noInsteadOf': () => 'før opp minst ett ord som skal byttes ut',
      'kpi.unknown': ({ kpis }) => `forventet en KPI-id (${kpis.join(', ')}, engagementRate.<innholdstype>, budgetPacing.<kampanje-id>)`,
      'cap.hashtags': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} tillater høyst ${formatNumber('nb', limit)} emneknagger per innlegg; en plan kan ikke heve grensen`,
      'cap.hashtagsMin': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} tillater høyst ${formatNumber('nb', limit)} emneknagger per innlegg, så et høyere minimum kan aldri oppfylles`,
      'cap.mentions': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} tillater høyst ${formatNumber('nb', limit)} @-omtaler per innlegg; en plan kan ikke heve grensen`,
      'cap.length.weighted': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} tillater høyst ${formatNumber('nb', limit)} vektede tegn per innlegg; en plan kan ikke heve grensen`,
      'cap.length.codePoints': ({ channel, limit }) => `${CHANNEL_NAMES[channel]} tillater høyst ${formatNumber('nb', limit)} tegn per innlegg; en plan kan ikke heve grensen`,
      'hashtags.minAboveMax': ({ max }) => `kan ikke være høyere enn hashtags.max (${max})`,
      'hashtags.tooManyRequired': ({ count, cap }) => `fører opp ${count} påkrevde emneknagger, men høyst ${cap} er tillatt`,
      'cta.noPhrases': () => 'før opp minst én frase når cta.required er true',
      'campaign.endBeforeStart': ({ start }) => `kan ikke være før start (${start})`,
      'id.duplicate': ({ what, id }) => `${ID_OWNER_NB[what]} har allerede id-en ${nbString(id)}`,
    },
    notJson: (problem, line, column) => `ikke gyldig JSON: ${problem} på linje ${line}, kolonne ${column}`,
    atLine: (problem, line) => `${problem} (linje ${line})`,
    json: {
      colonAfterKey: (found) => `forventet «:» etter feltnavnet, fant ${found}`,
      badUnicodeEscape: () => 'ugyldig \\u-kode i en tekst',
      badEscape: () => 'ugyldig tegn etter «\\» i en tekst',
      lineBreakInString: () => 'et linjeskift eller kontrolltegn inne i en tekst (mangler det avsluttende anførselstegnet?)',
      unclosedString: () => 'en tekst som aldri avsluttes',
      trailingCommaObject: () => 'et overflødig komma før «}»',
      keyNotQuoted: (found) => `forventet et feltnavn i doble anførselstegn, fant ${found}`,
      commaOrBrace: (found) => `forventet «,» eller «}» etter en verdi, fant ${found}`,
      trailingCommaArray: () => 'et overflødig komma før «]»',
      commaOrBracket: (found) => `forventet «,» eller «]» etter en verdi, fant ${found}`,
      endWhereValueExpected: () => 'teksten slutter der det ventes en verdi',
      unexpectedWhereValueExpected: (found) => `uventet ${found} der det ventes en verdi (tekst må stå i doble anførselstegn)`,
      unexpectedAfterEnd: (found) => `uventet ${found} etter slutten av JSON-verdien`,
      tooDeep: () => 'lister eller objekter nøstet mer enn 512 nivåer dypt (mangler en avsluttende klamme?)',
      invalid: () => 'ugyldig JSON',
    },
    jsonFound: (found) => ('end' in found ? 'slutten av teksten' : nbString(found.char)),
  },
});

export type { MessageLocale as PlanLocale };
