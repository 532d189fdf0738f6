/**
 * Import messages in Bokmål: every problem a file can have, worded in Norwegian around the same
 * file name, line numbers, columns and values as the English message.
 */
import { describe, expect, it } from 'vitest';
import { ImportError, importMetricsFile } from './import';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(name: string, bytes: Uint8Array): Promise<ImportError> {
  const error = await importMetricsFile({ name, bytes }).catch((e: unknown) => e);
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

/** English words that must not be left in a Bokmål message (names and values from the file are removed first). */
const ENGLISH = new Set(
  'the a an of is not file empty header row line lines column columns expected got number date time one missing never ends quote field wrong place inside must be doubled and no data rows below looks like but lacks nothing from this was imported correct it import again also bad can save or export workbook archive old cannot read its range without above are so have dates count'.split(' '),
);
const prose = (message: string) =>
  message
    .replace(/«[^»]*»/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    // A list of column names in brackets ("(Tweet id, time)") is the export's own words.
    .replace(/\((?:[\w ]+|[^()]*«[^()]*)(?:, [^(),]+)+\)/g, ' ')
    .replace(/\S*[./_]\S*/g, ' ')
    .replace(/\b(GA4|CSV|Excel|Brandline|Meta Business Suite|Facebook|Instagram|X|Start|End|Date|zip)\b/g, ' ');

const CASES: [string, string, Uint8Array, string][] = [
  ['a spreadsheet', 'book.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'book.xlsx: dette er en Excel-arbeidsbok eller et zip-arkiv, ikke CSV — lagre eller eksporter som CSV og importer CSV-filen'],
  ['a PDF', 'report.csv', utf8('%PDF-1.7\n'), 'report.csv: dette er en PDF, ikke CSV — importer CSV-filen som plattformens eksport laster ned'],
  ['an empty file', 'empty.csv', utf8('\n\n'), 'empty.csv: filen er tom — fant ingen overskriftsrad'],
  ['missing columns', 'f.csv', utf8('channel,followers\nx,5\n'), 'f.csv: ser ut som en Brandline-mal for følgere, men overskriftsraden på linje 1 mangler kolonnen «date»'],
  ['an unknown header', 'm.csv', utf8('foo,bar\n1,2\n'), 'm.csv: ikke en fil Brandline kan importere — overskriftsraden på linje 1 har «foo», «bar». Forventet én av: eksport av innleggsanalyse fra X ('],
  ['a Meta Ads Manager report', 'ads.csv', utf8('Campaign name,Amount spent (EUR),Link clicks\nWinter,5,1\n'), 'ads.csv: ser ut som en rapport fra Meta Ads Manager (overskriftsraden på linje 1), som Brandline ikke leser — før opp hver kampanjes dager i malen for kampanjeresultater (campaign, date, spend, clicks, conversions, revenue) og importer den'],
  ['a quote that never ends', 'q.csv', utf8('channel,date,followers\nx,"2027-01-02,6\n'), 'q.csv: linje 2: et felt i anførselstegn som starter på linje 2, slutter aldri (mangler avsluttende ")'],
  ['no rows', 'n.csv', utf8('channel,date,followers\n'), 'n.csv: ingen datarader under overskriftsraden (linje 1)'],
  ['a bad number', 'b.csv', utf8('channel,date,followers\nx,2027-01-01,ti\n'), 'b.csv: linje 2: kolonnen «followers»: forventet et tall, fikk «ti» — ingenting fra denne filen ble importert; rett feilen og importer filen på nytt'],
  ['a bad date, and more bad lines', 'd.csv', utf8('channel,date,followers\nx,2027-02-30,1\nx,2027-01-01,-\nmastodon,2027-01-01,1\n'), 'd.csv: linje 2: kolonnen «date»: forventet en dato (ÅÅÅÅ-MM-DD), fikk «2027-02-30» (også feil: linje 4) — ingenting fra denne filen ble importert; rett feilene og importer filen på nytt'],
  ['a count with decimals', 'w.csv', utf8('channel,date,followers\nx,2027-01-01,"1,5"\n'), 'w.csv: linje 2: kolonnen «followers»: forventet et heltall, fikk «1,5» — ingenting'],
  ['a number too large to be one', 'inf.csv', utf8('channel,date,followers\nx,2027-01-01,1e400\n'), 'inf.csv: linje 2: kolonnen «followers»: forventet et tall, fikk «1e400» — ingenting'],
  ['a negative count', 'c.csv', utf8('channel,date,followers\nx,2027-01-01,-5\n'), 'c.csv: linje 2: kolonnen «followers»: forventet et antall (ikke negativt), fikk −5 — ingenting'],
  ['an unknown channel', 'ch.csv', utf8('channel,date,followers\nmastodon,2027-01-01,1\n'), 'ch.csv: linje 2: kolonnen «channel»: forventet én av x, facebook, instagram, fikk «mastodon»'],
  ['an empty required cell', 'e.csv', utf8('channel,date,followers\n,2027-01-01,1\n'), 'e.csv: linje 2: kolonnen «channel»: tom'],
  ['a post ID a spreadsheet rounded', 'i.csv', utf8('sep=;\nPost ID;Publish time;Post type;Views;Likes\n1,80456E+16;01/05/2027 10:00;IG image;5;1\n'), 'i.csv: linje 3: kolonnen «Post ID»: forventet en innleggs-ID, fikk «1,80456E+16»: et regneark har gjort ID-ene om til avrundede tall, så ulike innlegg ville fått samme ID — importer filen slik den ble lastet ned, eller formater kolonnen som tekst før du lagrer — ingenting'],
  ['a shifted row', 'k.csv', utf8('channel,date,followers\nx,2027-01-01,1,5\n'), 'k.csv: linje 2: 4 celler der overskriftsraden har 3 (komma eller semikolon inne i en verdi som ikke står i anførselstegn, forskyver kolonnene) — ingenting'],
  ['one post ID at two times', 'r.csv', utf8('Tweet id,time\n18790000,2027-01-15 10:00 +0000\n18790000,2027-01-16 10:00 +0000\n'), 'r.csv: linje 3: innleggs-ID-en «18790000» står også på en tidligere linje, med et annet publiseringstidspunkt: ulike innlegg kan ikke ha samme ID, så et regneark har trolig avrundet ID-ene — importer filen slik den ble lastet ned — ingenting'],
  ['a bad time', 't.csv', utf8('Tweet id,time,impressions\n1,yesterday,5\n'), 't.csv: linje 2: kolonnen «time»: forventet dato og klokkeslett (som 2027-03-03 07:30, 03/03/2027 07:30 eller 03.03.2027 07:30), fikk «yesterday»'],
  ['a stray quote', 's.csv', utf8('channel,date,followers\nx,"2027"-01-01",1\n'), 's.csv: linje 2: et anførselstegn på feil sted'],
  ['GA4 without dates', 'ga4.csv', utf8('Session source / medium,Sessions\nfacebook / social,10\n'), 'ga4.csv: GA4-eksport uten datokolonne: linjene «# Start date» og «# End date» over overskriftsraden (linje 1) mangler, så radene har ingen datoer'],
  ['GA4 with a bad range', 'ga4.csv', utf8('# Start date: 2027-02-30\n# End date: 20270107\nSession source / medium,Sessions\nfacebook / social,10\n'), 'ga4.csv: GA4-eksport: kan ikke lese datoperioden «2027-02-30» – «20270107»: forventet en dato (ÅÅÅÅ-MM-DD), fikk «2027-02-30»'],
];

describe('metrics import messages in Bokmål', () => {
  it.each(CASES)('%s', async (_what, name, bytes, expected) => {
    const error = await failure(name, bytes);
    const norwegian = error.text('nb');
    expect(norwegian.startsWith(expected), norwegian).toBe(true);
    expect(error.text('en')).toBe(error.message);
    const english = prose(norwegian).split(/[^\p{L}]+/u).filter((w) => ENGLISH.has(w.toLowerCase()));
    expect(english, norwegian).toEqual([]);
    // The facts are the same in both languages: the file, the line numbers and the values found.
    const digits = (text: string) => text.match(/\d+/g)?.join(' ');
    if (!/Forventet én av/.test(norwegian)) expect(digits(norwegian)).toBe(digits(error.message));
  });
});
