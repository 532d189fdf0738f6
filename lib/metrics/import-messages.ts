/**
 * Every sentence a metrics import can say, in English and Bokmål. The file name, line numbers,
 * column names and values from the file are the same in both languages; only the words around
 * them change. English is what the CLI prints: change it only on purpose.
 */
import type { MessageLocale } from '../engine/types';
import { defineMessages, quote, type Messages } from '../rules/messages';
import type { CellProblem, ImportProblem, RowProblem } from './import-problems';
import type { ImportKind } from './types';

interface ImportMessages {
  format: Record<ImportKind, string>;
  cell: { [C in CellProblem['code']]: (p: Extract<CellProblem, { code: C }>) => string };
  column: (name: string, problem: string) => string;
  file: { [C in ImportProblem['code']]: (p: Extract<ImportProblem, { code: C }>) => string };
}

const list = (locale: MessageLocale, values: readonly string[]) => values.map((v) => quote(locale, v)).join(', ');
const lines = (locale: MessageLocale, others: readonly number[]) => {
  const shown = others.slice(0, 5).join(', ');
  const rest = others.length - 5;
  if (locale === 'nb') return `linje${others.length > 1 ? 'ne' : ''} ${shown}${rest > 0 ? ` og ${rest} til` : ''}`;
  return `line${others.length > 1 ? 's' : ''} ${shown}${rest > 0 ? `, and ${rest} more` : ''}`;
};

/** "an X post analytics export", "a GA4 export": the article goes by the sound ("X" is "ex"). */
const withArticle = (name: string) => `${/^(?:X\b|[AEIOU])/i.test(name) ? 'an' : 'a'} ${name}`;

export const IMPORT_MESSAGES: Messages<ImportMessages> = defineMessages<ImportMessages>({
  en: {
    format: {
      'x-posts': 'X post analytics export',
      'facebook-posts': 'Meta Business Suite Facebook post export',
      'instagram-posts': 'Meta Business Suite Instagram post export',
      ga4: 'GA4 export',
      followers: 'Brandline followers template',
      posts: 'Brandline posts template',
      'web-sessions': 'Brandline web sessions template',
      'campaign-results': 'Brandline campaign results template',
    },
    cell: {
      number: ({ got }) => `expected a number, got "${got}"`,
      dateTime: ({ got, isoOnly }) => `expected a date and time (${isoOnly ? 'YYYY-MM-DD HH:MM' : 'such as 2027-03-03 07:30, 03/03/2027 07:30 or 03.03.2027 07:30'}), got "${got}"`,
      date: ({ got }) => `expected a date (YYYY-MM-DD), got "${got}"`,
      oneOf: ({ values, got }) => `expected one of ${values.join(', ')}, got "${got}"`,
      empty: () => 'empty',
      noNumber: () => 'no number',
      duplicatePost: ({ id }) =>
        `the post ID "${id}" is also on an earlier line, with another publish time: different posts cannot share an ID, so a spreadsheet has probably rounded the IDs — import the file as downloaded`,
      idAsNumber: ({ got }) =>
        `expected a post ID, got "${got}": a spreadsheet turned the IDs into rounded numbers, so different posts would look the same — import the file as downloaded, or format the column as text before saving`,
      count: ({ got }) => `expected a count, got ${got}`,
      wholeCount: ({ got }) => `expected a whole number, got "${got}"`,
      rate: ({ got }) => `expected a rate from 0 to 1 or a percentage, got "${got}"`,
      cells: ({ got, expected }) =>
        `${got} cells where the header row has ${expected} (a comma or semicolon inside a value that is not quoted shifts the columns)`,
      quotes: () => 'a quote in the wrong place (a quote inside a field must be doubled, and the field quoted)',
      parser: ({ detail }) => detail,
    },
    column: (name, problem) => `column "${name}": ${problem}`,
    file: {
      spreadsheet: ({ kind }) => `this is ${kind === 'zip' ? 'an Excel workbook or zip archive' : 'an old Excel workbook'}, not CSV — save or export it as CSV and import that`,
      notText: ({ kind }) => `this is ${kind === 'pdf' ? 'a PDF' : kind === 'image' ? 'an image' : 'not a text file'}, not CSV — import the CSV file the platform's export downloads`,
      empty: () => 'the file is empty — no header row found',
      adsManager: ({ headerLine }) =>
        `looks like a Meta Ads Manager report (header row on line ${headerLine}), which Brandline does not read — put each campaign's days in the campaign results template (campaign, date, spend, clicks, conversions, revenue) and import that`,
      missingColumns: ({ format, headerLine, missing }) =>
        `looks like ${withArticle(IMPORT_MESSAGES.en.format[format])}, but the header row on line ${headerLine} lacks the column${missing.length > 1 ? 's' : ''} ${list('en', missing)}`,
      unknownHeader: ({ headerLine, shown, more, formats, localized }) =>
        `not a file Brandline can import — the header row on line ${headerLine} has ${list('en', shown)}${more ? ', …' : ''}.${localized ? ' Its column names look Norwegian: Brandline reads the columns in English, so set the platform’s language to English, export again and import that.' : ''} Expected one of: ${formats.map((f) => `${IMPORT_MESSAGES.en.format[f.kind]} (${f.required.join(', ')})`).join('; ')}`,
      unterminatedQuote: ({ line }) => `line ${line}: a quoted field that starts on line ${line} never ends (missing closing ")`,
      noRows: ({ headerLine }) => `no data rows below the header row (line ${headerLine})`,
      badRows: ({ line, row, others }) =>
        `line ${line}: ${rowText('en', row)}${others.length ? ` (also bad: ${lines('en', others)})` : ''} — nothing from this file was imported; correct it and import the file again`,
      ga4NoDates: ({ headerLine }) =>
        `GA4 export without a Date column: the "# Start date" and "# End date" lines above the header (line ${headerLine}) are missing, so its rows have no dates`,
      ga4BadRange: ({ start, end, problem }) => `GA4 export: cannot read its date range "${start}" – "${end}": ${cellText('en', problem)}`,
      otherTable: ({ headerLine, format, first }) =>
        `the table whose header is on line ${headerLine} is ${withArticle(IMPORT_MESSAGES.en.format[format])}, but the file starts with ${withArticle(IMPORT_MESSAGES.en.format[first])} — import each as a file of its own`,
    },
  },
  nb: {
    format: {
      'x-posts': 'eksport av innleggsanalyse fra X',
      'facebook-posts': 'innleggseksport for Facebook fra Meta Business Suite',
      'instagram-posts': 'innleggseksport for Instagram fra Meta Business Suite',
      ga4: 'GA4-eksport',
      followers: 'Brandline-mal for følgere',
      posts: 'Brandline-mal for innlegg',
      'web-sessions': 'Brandline-mal for nettøkter',
      'campaign-results': 'Brandline-mal for kampanjeresultater',
    },
    cell: {
      number: ({ got }) => `forventet et tall, fikk ${quote('nb', got)}`,
      dateTime: ({ got, isoOnly }) => `forventet dato og klokkeslett (${isoOnly ? 'ÅÅÅÅ-MM-DD TT:MM' : 'som 2027-03-03 07:30, 03/03/2027 07:30 eller 03.03.2027 07:30'}), fikk ${quote('nb', got)}`,
      date: ({ got }) => `forventet en dato (ÅÅÅÅ-MM-DD), fikk ${quote('nb', got)}`,
      oneOf: ({ values, got }) => `forventet én av ${values.join(', ')}, fikk ${quote('nb', got)}`,
      empty: () => 'tom',
      noNumber: () => 'mangler tall',
      duplicatePost: ({ id }) =>
        `innleggs-ID-en ${quote('nb', id)} står også på en tidligere linje, med et annet publiseringstidspunkt: ulike innlegg kan ikke ha samme ID, så et regneark har trolig avrundet ID-ene — importer filen slik den ble lastet ned`,
      idAsNumber: ({ got }) =>
        `forventet en innleggs-ID, fikk ${quote('nb', got)}: et regneark har gjort ID-ene om til avrundede tall, så ulike innlegg ville fått samme ID — importer filen slik den ble lastet ned, eller formater kolonnen som tekst før du lagrer`,
      // The value as the file wrote it (no grouping or rounding), with the typographic minus.
      count: ({ got }) => `forventet et antall (ikke negativt), fikk ${String(got).replace('-', '−')}`,
      wholeCount: ({ got }) => `forventet et heltall, fikk ${quote('nb', got)}`,
      rate: ({ got }) => `forventet en andel fra 0 til 1 eller en prosent, fikk ${quote('nb', got)}`,
      cells: ({ got, expected }) =>
        `${got} celler der overskriftsraden har ${expected} (komma eller semikolon inne i en verdi som ikke står i anførselstegn, forskyver kolonnene)`,
      quotes: () => 'et anførselstegn på feil sted (et anførselstegn inne i et felt må dobles, og feltet må stå i anførselstegn)',
      parser: ({ detail }) => `CSV-leseren sier: ${detail}`,
    },
    column: (name, problem) => `kolonnen ${quote('nb', name)}: ${problem}`,
    file: {
      spreadsheet: ({ kind }) =>
        `dette er ${kind === 'zip' ? 'en Excel-arbeidsbok eller et zip-arkiv' : 'en gammel Excel-arbeidsbok'}, ikke CSV — lagre eller eksporter som CSV og importer CSV-filen`,
      notText: ({ kind }) => `dette er ${kind === 'pdf' ? 'en PDF' : kind === 'image' ? 'et bilde' : 'ikke en tekstfil'}, ikke CSV — importer CSV-filen som plattformens eksport laster ned`,
      empty: () => 'filen er tom — fant ingen overskriftsrad',
      adsManager: ({ headerLine }) =>
        `ser ut som en rapport fra Meta Ads Manager (overskriftsraden på linje ${headerLine}), som Brandline ikke leser — før opp hver kampanjes dager i malen for kampanjeresultater (campaign, date, spend, clicks, conversions, revenue) og importer den`,
      missingColumns: ({ format, headerLine, missing }) =>
        `ser ut som en ${IMPORT_MESSAGES.nb.format[format]}, men overskriftsraden på linje ${headerLine} mangler ${missing.length > 1 ? 'kolonnene' : 'kolonnen'} ${list('nb', missing)}`,
      unknownHeader: ({ headerLine, shown, more, formats, localized }) =>
        `ikke en fil Brandline kan importere — overskriftsraden på linje ${headerLine} har ${list('nb', shown)}${more ? ', …' : ''}.${localized ? ' Kolonnenavnene ser norske ut: Brandline leser kolonnene på engelsk, så sett plattformens språk til engelsk, eksporter på nytt og importer den filen.' : ''} Forventet én av: ${formats.map((f) => `${IMPORT_MESSAGES.nb.format[f.kind]} (${f.required.join(', ')})`).join('; ')}`,
      unterminatedQuote: ({ line }) => `linje ${line}: et felt i anførselstegn som starter på linje ${line}, slutter aldri (mangler avsluttende ")`,
      noRows: ({ headerLine }) => `ingen datarader under overskriftsraden (linje ${headerLine})`,
      badRows: ({ line, row, others }) =>
        `linje ${line}: ${rowText('nb', row)}${others.length ? ` (også feil: ${lines('nb', others)})` : ''} — ingenting fra denne filen ble importert; rett ${others.length ? 'feilene' : 'feilen'} og importer filen på nytt`,
      ga4NoDates: ({ headerLine }) =>
        `GA4-eksport uten datokolonne: linjene «# Start date» og «# End date» over overskriftsraden (linje ${headerLine}) mangler, så radene har ingen datoer`,
      ga4BadRange: ({ start, end, problem }) => `GA4-eksport: kan ikke lese datoperioden ${quote('nb', start)} – ${quote('nb', end)}: ${cellText('nb', problem)}`,
      otherTable: ({ headerLine, format, first }) =>
        `tabellen med overskriftsrad på linje ${headerLine} er en ${IMPORT_MESSAGES.nb.format[format]}, men filen begynner med en ${IMPORT_MESSAGES.nb.format[first]} — importer hver av dem som en egen fil`,
    },
  },
});

export function cellText(locale: MessageLocale, problem: CellProblem): string {
  const say = IMPORT_MESSAGES[locale].cell[problem.code] as (p: CellProblem) => string;
  return say(problem);
}

export function rowText(locale: MessageLocale, row: RowProblem): string {
  const problem = cellText(locale, row.problem);
  return row.column === undefined ? problem : IMPORT_MESSAGES[locale].column(row.column, problem);
}

/** `<file>: <problem>` in the given language (the file name leads, as several files import at once). */
export function importProblemText(locale: MessageLocale, problem: ImportProblem, fileName?: string): string {
  const say = IMPORT_MESSAGES[locale].file[problem.code] as (p: ImportProblem) => string;
  return fileName === undefined ? say(problem) : `${fileName}: ${say(problem)}`;
}
