import { describe, expect, it } from 'vitest';
import { PLAN_ISSUE_CODES, isPlanIssueCode } from './issue-codes';
import { locateJsonSyntaxError } from './json-syntax';
import { PLAN_MESSAGES } from './messages';
import { duplicatePlanIdError, parsePlan, parsePlanJson, type PlanResult } from './parse';
import { PlanSchema } from './schema';

const minimal = { schema: 'brandline/plan@1', id: 'nordlys', name: 'Nordlys' };
const withPatch = (patch: Record<string, unknown>) => ({ ...minimal, ...patch });
const goal = { id: 'g', kpi: 'followers', channel: 'x', target: 1, due: '2027-06-30' };
const campaign = { id: 'c', name: 'C', channel: 'x', budget: 1, currency: 'NOK', start: '2027-01-01', end: '2027-01-02' };

const errorsOf = (result: PlanResult) => {
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.errors;
};

/**
 * English words a Bokmål message must not contain. Field names, KPI ids and values from the file
 * are left alone (they are stripped before the check: quoted «…», dotted or camelCase names, the
 * list of keys allowed at a path).
 */
const ENGLISH = new Set(
  ('expected got found missing unknown key allowed did you mean must not empty least most items item nothing list lists ' +
    'value string strings number whole object the of or and an like written calendar date only end term wildcard hashtag ' +
    'hashtags no spaces path currency code phrase when is another already has allows characters weighted post cannot raise ' +
    'that before above required invalid valid line column trailing comma text ends where was unexpected after need double ' +
    'quotes escape bad inside break control character closing quote never closed mentions').split(' '),
);

function englishWordsIn(message: string, path: string): string[] {
  const prose = message
    .slice(`${path || '(plan)'}: `.length)
    .replace(/«[^»]*»/g, ' ')
    .replace(/tillatt her: [^)]*/g, ' ')
    .replace(/\S*[.<>@]\S*/g, ' ')
    .replace(/\b[a-z]+[A-Z]\w*/g, ' ');
  return prose.split(/[^\p{L}]+/u).filter((word) => ENGLISH.has(word.toLowerCase()));
}

// One row per kind of problem: a plan that has it, and the Bokmål line expected for it.
const PLAN_CASES: [string, unknown, string][] = [
  ['a wrong type', withPatch({ channels: { instagram: { hashtags: { max: 'five' } } } }), 'channels.instagram.hashtags.max: forventet et tall, fikk «five»'],
  ['a fractional count', withPatch({ channels: { x: { emoji: { max: 1.5 } } } }), 'channels.x.emoji.max: forventet et heltall, fikk 1.5'],
  ['a string for a switch', withPatch({ channels: { x: { enabled: 'yes' } } }), 'channels.x.enabled: forventet true eller false, fikk «yes»'],
  ['a string for a list', withPatch({ channels: { x: { hashtags: { required: '#a' } } } }), 'channels.x.hashtags.required: forventet en liste, fikk «#a»'],
  ['a list for an object', withPatch({ channels: [] }), 'channels: forventet et objekt, fikk en liste'],
  ['an object for a string', withPatch({ name: {} }), 'name: forventet en tekst, fikk et objekt'],
  ['null for a string', withPatch({ name: null }), 'name: forventet en tekst, fikk null'],
  ['a missing field', withPatch({ audiences: [{ id: 'a' }] }), 'audiences[0].name: mangler (forventet en tekst)'],
  ['the wrong version', { ...minimal, schema: 'brandline/plan@2' }, 'schema: forventet «brandline/plan@1», fikk «brandline/plan@2»'],
  ['an unknown locale', withPatch({ locale: 'de' }), 'locale: forventet én av «en», «nb», fikk «de»'],
  ['a number too high', withPatch({ audiences: [{ id: 'a', name: 'A', readingGrade: 30 }] }), 'audiences[0].readingGrade: forventet høyst 25, fikk 30'],
  ['a number too low', withPatch({ channels: { x: { emoji: { max: -1 } } } }), 'channels.x.emoji.max: forventet minst 0, fikk -1'],
  ['an unknown key, with the likely one', withPatch({ channels: { x: { hashtag: {} } } }), 'channels.x.hashtag: ukjent felt «hashtag» — mente du «hashtags»?'],
  ['an unknown key with nothing close', withPatch({ terms: { banned: [{ term: 'cheap', colour: 'red' }] } }), 'terms.banned[0].colour: ukjent felt «colour» (tillatt her: term, reason, suggest)'],
  ['an unknown top-level key', withPatch({ goalz: [] }), 'goalz: ukjent felt «goalz» — mente du «goals»?'],
  ['an empty text', withPatch({ terms: { spelling: [{ term: '' }] } }), 'terms.spelling[0].term: kan ikke være tomt'],
  ['a bad id', withPatch({ id: 'Nordlys Coffee' }), 'id: forventet en id av bokstaver, sifre, «.», «_» eller «-» (som «nordlys-coffee»), fikk «Nordlys Coffee»'],
  ['a date in another format', withPatch({ goals: [{ ...goal, due: '30.06.2027' }] }), 'goals[0].due: forventet en dato skrevet ÅÅÅÅ-MM-DD, fikk «30.06.2027»'],
  ['a date not in the calendar', withPatch({ goals: [{ ...goal, due: '2027-02-30' }] }), 'goals[0].due: ikke en dato som finnes i kalenderen, fikk «2027-02-30»'],
  ['a wildcard inside a term', withPatch({ moderation: { crisisKeywords: ['re*call'] } }), 'moderation.crisisKeywords[0]: jokertegnet «*» kan bare stå sist i et ord, fikk «re*call»'],
  ['a bare wildcard', withPatch({ moderation: { crisisKeywords: ['*'] } }), 'moderation.crisisKeywords[0]: forventet et ord eller en frase, ikke bare mellomrom eller «*», fikk «*»'],
  ['an Instagram minimum above the cap', withPatch({ channels: { instagram: { hashtags: { min: 7 } } } }), 'channels.instagram.hashtags.min: Instagram tillater høyst 5 emneknagger per innlegg, så et høyere minimum kan aldri oppfylles (fikk 7)'],
  ['a suggestion of spaces', withPatch({ terms: { banned: [{ term: 'cheap', suggest: '  ' }] } }), 'terms.banned[0].suggest: forventet tekst, ikke bare mellomrom, fikk «  »'],
  ['a hashtag with a space', withPatch({ channels: { x: { hashtags: { banned: ['#cheap coffee'] } } } }), 'channels.x.hashtags.banned[0]: forventet én emneknagg som «#NordlysCoffee» (uten mellomrom), fikk «#cheap coffee»'],
  ['a URL as brand domain', withPatch({ channels: { x: { links: { brandDomains: ['https://nordlyscoffee.no'] } } } }), 'channels.x.links.brandDomains[0]: forventet et domene som «nordlyscoffee.no» (uten https:// og uten sti), fikk «https://nordlyscoffee.no»'],
  ['a currency name', withPatch({ campaigns: [{ ...campaign, currency: 'kroner' }] }), 'campaigns[0].currency: forventet en valutakode som «NOK» eller «EUR», fikk «kroner»'],
  ['a preferred term without insteadOf', withPatch({ terms: { preferred: [{ use: 'coffee lovers', insteadOf: [] }] } }), 'terms.preferred[0].insteadOf: før opp minst ett ord som skal byttes ut'],
  ['an unknown KPI', withPatch({ goals: [{ ...goal, kpi: 'likes' }] }), 'goals[0].kpi: forventet en KPI-id (followers, audienceGrowth,'],
  ['X maxLength above 280', withPatch({ channels: { x: { maxLength: 300 } } }), 'channels.x.maxLength: X tillater høyst 280 vektede tegn per innlegg; en plan kan ikke heve grensen (fikk 300)'],
  ['Instagram maxLength above 2,200', withPatch({ channels: { instagram: { maxLength: 5000 } } }), 'channels.instagram.maxLength: Instagram tillater høyst 2\u00a0200 tegn per innlegg; en plan kan ikke heve grensen (fikk 5000)'],
  ['Instagram over 5 hashtags', withPatch({ channels: { instagram: { hashtags: { max: 30 } } } }), 'channels.instagram.hashtags.max: Instagram tillater høyst 5 emneknagger per innlegg; en plan kan ikke heve grensen (fikk 30)'],
  ['Instagram over 20 mentions', withPatch({ channels: { instagram: { mentions: { max: 21 } } } }), 'channels.instagram.mentions.max: Instagram tillater høyst 20 @-omtaler per innlegg; en plan kan ikke heve grensen (fikk 21)'],
  ['min above max', withPatch({ channels: { x: { hashtags: { min: 3, max: 2 } } } }), 'channels.x.hashtags.min: kan ikke være høyere enn hashtags.max (2), fikk 3'],
  ['more required hashtags than allowed', withPatch({ channels: { instagram: { hashtags: { required: ['#a', '#b', '#c', '#d', '#e', '#f'] } } } }), 'channels.instagram.hashtags.required: fører opp 6 påkrevde emneknagger, men høyst 5 er tillatt'],
  ['a required CTA without phrases', withPatch({ channels: { facebook: { cta: { required: true } } } }), 'channels.facebook.cta.phrases: før opp minst én frase når cta.required er true'],
  ['a campaign ending before it starts', withPatch({ campaigns: [{ ...campaign, start: '2027-02-01', end: '2027-01-01' }] }), 'campaigns[0].end: kan ikke være før start (2027-02-01), fikk «2027-01-01»'],
  ['duplicate reply template ids', withPatch({ moderation: { replyTemplates: [{ id: 't', name: 'A', text: 'a' }, { id: 't', name: 'B', text: 'b' }] } }), 'moderation.replyTemplates[1].id: en annen svarmal har allerede id-en «t»'],
  ['duplicate goal ids', withPatch({ goals: [goal, goal] }), 'goals[1].id: et annet mål har allerede id-en «g»'],
  ['duplicate audience ids', withPatch({ audiences: [{ id: 'a', name: 'A' }, { id: 'a', name: 'B' }] }), 'audiences[1].id: en annen målgruppe har allerede id-en «a»'],
  ['duplicate campaign ids', withPatch({ campaigns: [campaign, campaign] }), 'campaigns[1].id: en annen kampanje har allerede id-en «c»'],
  ['a value with a quote in it', withPatch({ channels: { x: { enabled: 'say "yes"\n' } } }), 'channels.x.enabled: forventet true eller false, fikk «say "yes"\\n»'],
  ['a list instead of a plan', [], '(plan): forventet et JSON-objekt, fikk en liste'],
  ['text instead of a plan', 'plan', '(plan): forventet et JSON-objekt, fikk «plan»'],
];

describe('plan messages in Bokmål', () => {
  it.each(PLAN_CASES)('names %s in Norwegian, at the same path as in English', (_what, input, expected) => {
    const english = errorsOf(parsePlan(input));
    const norwegian = errorsOf(parsePlan(input, { locale: 'nb' }));
    expect(norwegian.some((e) => e.message.startsWith(expected)), norwegian.map((e) => e.message).join('\n')).toBe(true);
    expect(norwegian.map((e) => e.path)).toEqual(english.map((e) => e.path));
    norwegian.forEach(({ path, message }, i) => {
      const prefix = `${path || '(plan)'}: `;
      expect(message.startsWith(prefix)).toBe(true);
      expect(english[i]!.message.startsWith(prefix)).toBe(true);
      expect(message).not.toBe(english[i]!.message);
      expect(englishWordsIn(message, path)).toEqual([]);
    });
  });

  it('keeps English the default', () => {
    for (const [, input] of PLAN_CASES) expect(parsePlan(input, { locale: 'en' })).toEqual(parsePlan(input));
  });

  it('has a row above for every code the schema can raise', () => {
    const raised = new Set<string>();
    for (const [, input] of PLAN_CASES) {
      const result = PlanSchema.safeParse(input);
      for (const issue of result.error?.issues ?? []) if (isPlanIssueCode(issue.message)) raised.add(issue.message);
    }
    expect([...raised].sort()).toEqual([...PLAN_ISSUE_CODES].sort());
  });

  it('words a stored plan that already has the id, in both languages', () => {
    expect(duplicatePlanIdError('nordlys')).toEqual({ path: 'id', message: 'id: another plan already has the id "nordlys"' });
    expect(duplicatePlanIdError('nordlys', { locale: 'nb' })).toEqual({ path: 'id', message: 'id: en annen plan har allerede id-en «nordlys»' });
  });
});

// One row per JSON syntax problem: the text, and the Bokmål line expected for it.
const JSON_CASES: [string, string][] = [
  ['{\n  "schema": "brandline/plan@1",\n  "id": five\n}', 'ikke gyldig JSON: uventet «f» der det ventes en verdi (tekst må stå i doble anførselstegn) på linje 3, kolonne 9'],
  ['{"a": 1,}', 'ikke gyldig JSON: et overflødig komma før «}» på linje 1, kolonne 9'],
  ['{"a": 1\n"b": 2}', 'ikke gyldig JSON: forventet «,» eller «}» etter en verdi, fant «"» på linje 2, kolonne 1'],
  ['{"a": "x\n"}', 'ikke gyldig JSON: et linjeskift eller kontrolltegn inne i en tekst (mangler det avsluttende anførselstegnet?) på linje 1, kolonne 9'],
  ["{'a': 1}", 'ikke gyldig JSON: forventet et feltnavn i doble anførselstegn, fant «\'» på linje 1, kolonne 2'],
  ['', 'ikke gyldig JSON: teksten slutter der det ventes en verdi på linje 1, kolonne 1'],
  ['{"a": [1, 2}', 'ikke gyldig JSON: forventet «,» eller «]» etter en verdi, fant «}» på linje 1, kolonne 12'],
  ['[1, 2,]', 'ikke gyldig JSON: et overflødig komma før «]» på linje 1, kolonne 7'],
  ['{} x', 'ikke gyldig JSON: uventet «x» etter slutten av JSON-verdien på linje 1, kolonne 4'],
  ['{"a" 1}', 'ikke gyldig JSON: forventet «:» etter feltnavnet, fant «1» på linje 1, kolonne 6'],
  ['{"a"', 'ikke gyldig JSON: forventet «:» etter feltnavnet, fant slutten av teksten på linje 1, kolonne 5'],
  ['{"a": "\\x"}', 'ikke gyldig JSON: ugyldig tegn etter «\\» i en tekst på linje 1, kolonne 8'],
  ['{"a": "\\u12"}', 'ikke gyldig JSON: ugyldig \\u-kode i en tekst på linje 1, kolonne 8'],
  ['{"a": "abc', 'ikke gyldig JSON: en tekst som aldri avsluttes på linje 1, kolonne 7'],
  ['['.repeat(600), 'ikke gyldig JSON: lister eller objekter nøstet mer enn 512 nivåer dypt (mangler en avsluttende klamme?) på linje 1, kolonne 513'],
];

describe('JSON syntax messages in Bokmål', () => {
  it.each(JSON_CASES)('names %j in Norwegian, at the same line and column as in English', (text, expected) => {
    const english = errorsOf(parsePlanJson(text));
    const norwegian = errorsOf(parsePlanJson(text, { locale: 'nb' }));
    expect(norwegian).toEqual([{ path: '', message: expected }]);
    const where = (message: string) => /(\d+)\D+(\d+)$/.exec(message)?.slice(1);
    expect(where(expected)).toEqual(where(english[0]!.message));
    expect(englishWordsIn(expected.replace(/^ikke gyldig JSON: /, '(plan): '), '')).toEqual([]);
  });

  it('has a row above for every problem the scan can name', () => {
    const named = new Set(JSON_CASES.map(([text]) => locateJsonSyntaxError(text).code));
    // 'invalid' is the fallback for a text JSON.parse refuses but the scan accepts: none is known.
    const codes = Object.keys(PLAN_MESSAGES.nb.json).filter((code) => code !== 'invalid');
    expect([...named].sort()).toEqual(codes.sort());
  });
});
