import type { MessageLocale } from '../engine/types';
import type { CellProblem, ImportProblem } from './import-problems';
import { importProblemText, rowText } from './import-messages';

/** A file that cannot be imported at all; nothing of it may be stored. `message` is the English text. */
export class ImportError extends Error {
  readonly details: { line?: number; missingColumns?: readonly string[] };

  constructor(
    readonly problem: ImportProblem,
    readonly fileName?: string,
  ) {
    super(importProblemText('en', problem, fileName));
    this.name = 'ImportError';
    this.details = detailsOf(problem);
  }

  /** The same problem, said of `fileName`. */
  of(fileName: string): ImportError {
    return new ImportError(this.problem, fileName);
  }

  /** The message in the UI's language. */
  text(locale: MessageLocale): string {
    return importProblemText(locale, this.problem, this.fileName);
  }
}

function detailsOf(problem: ImportProblem): ImportError['details'] {
  switch (problem.code) {
    case 'missingColumns':
      return { line: problem.headerLine, missingColumns: problem.missing };
    case 'unknownHeader':
    case 'adsManager':
    case 'noRows':
    case 'ga4NoDates':
      return { line: problem.headerLine };
    case 'unterminatedQuote':
    case 'badRows':
      return { line: problem.line };
    default:
      return {};
  }
}

/** A cell that cannot be read; the row reader adds the column. `message` is the English text. */
export class CellError extends Error {
  constructor(
    readonly problem: CellProblem,
    readonly column?: string,
  ) {
    super(rowText('en', column === undefined ? { problem } : { column, problem }));
    this.name = 'CellError';
  }
}
