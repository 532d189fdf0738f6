/**
 * Finds where JSON text first goes wrong, as a line and column. JSON.parse's own messages differ
 * between engines and Node versions (some name no position at all), so plan errors use this scan.
 * Called only after JSON.parse has failed.
 */
import type { MessageLocale } from '../engine/types';
import { PLAN_MESSAGES, type JsonFound, type JsonProblemCode } from './messages';

export interface JsonSyntaxProblem {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like an editor's column. */
  column: number;
  /** What is wrong there, as a stable code… */
  code: JsonProblemCode;
  /** …and worded in the locale asked for. */
  problem: string;
}

class SyntaxStop extends Error {
  constructor(
    readonly offset: number,
    readonly code: JsonProblemCode,
    readonly found: JsonFound,
  ) {
    super(code);
  }
}

const MAX_DEPTH = 512;

function scan(text: string): void {
  let i = 0;
  const foundAt = (at: number): JsonFound => (at >= text.length ? { end: true } : { char: text[at]! });
  const fail = (code: JsonProblemCode, at = i): never => {
    throw new SyntaxStop(at, code, foundAt(at));
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expectColon = () => {
    space();
    if (text[i] !== ':') fail('colonAfterKey');
    i++;
  };
  const string = () => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('badUnicodeEscape');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('badEscape');
      } else if (c.charCodeAt(0) < 0x20) fail('lineBreakInString');
      else i++;
    }
    fail('unclosedString', start);
  };
  // Depth of the arrays and objects open at i. The scan recurses once per level, so a file of
  // 10,000 "[" overflowed the stack and its reader got no message at all (rev23). JSON.parse
  // itself has no such limit; no plan or backup nests deeper than a few levels.
  let depth = 0;
  const value = (): void => {
    space();
    const c = text[i];
    if ((c === '{' || c === '[') && ++depth > MAX_DEPTH) fail('tooDeep');
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        depth--;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail(text[i] === '}' ? 'trailingCommaObject' : 'keyNotQuoted');
        string();
        expectColon();
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          depth--;
          return;
        }
        fail('commaOrBrace');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        depth--;
        return;
      }
      for (;;) {
        space();
        if (text[i] === ']') fail('trailingCommaArray');
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          depth--;
          return;
        }
        fail('commaOrBracket');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(c === undefined ? 'endWhereValueExpected' : 'unexpectedWhereValueExpected');
  };
  value();
  space();
  if (i < text.length) fail('unexpectedAfterEnd');
}

export function locateJsonSyntaxError(text: string, locale: MessageLocale = 'en'): JsonSyntaxProblem {
  let offset = text.length;
  let code: JsonProblemCode = 'invalid';
  let found: JsonFound = { end: true };
  try {
    scan(text);
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    ({ offset, code, found } = error);
  }
  const messages = PLAN_MESSAGES[locale];
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, code, problem: messages.json[code](messages.jsonFound(found)) };
}
