/**
 * Finds where JSON text first goes wrong, as a line and column. JSON.parse's own messages differ
 * between engines and Node versions (some name no position at all), so plan errors use this scan.
 * Called only after JSON.parse has failed.
 */
export interface JsonSyntaxProblem {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like an editor's column. */
  column: number;
  problem: string;
}

class SyntaxStop extends Error {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {
    super(problem);
  }
}

function scan(text: string): void {
  let i = 0;
  const fail = (problem: string, at = i): never => {
    throw new SyntaxStop(at, problem);
  };
  const describeAt = (at: number) => (at >= text.length ? 'the end of the text' : JSON.stringify(text[at]));
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string, what: string) => {
    space();
    if (text[i] !== char) fail(`expected ${what}, found ${describeAt(i)}`);
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
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape in a string');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else fail('bad escape in a string');
      } else if (c.charCodeAt(0) < 0x20) fail('a line break or control character inside a string (missing closing quote?)');
      else i++;
    }
    fail('a string that is never closed', start);
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') fail(text[i] === '}' ? 'a trailing comma before "}"' : `expected a key in double quotes, found ${describeAt(i)}`);
        string();
        expect(':', '":" after the key');
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected "," or "}" after a value, found ${describeAt(i)}`);
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] === ']') fail('a trailing comma before "]"');
        value();
        space();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected "," or "]" after a value, found ${describeAt(i)}`);
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(c === undefined ? 'the text ends where a value was expected' : `unexpected ${describeAt(i)} where a value was expected (strings need double quotes)`);
  };
  value();
  space();
  if (i < text.length) fail(`unexpected ${describeAt(i)} after the end of the JSON value`);
}

export function locateJsonSyntaxError(text: string): JsonSyntaxProblem {
  let offset = text.length;
  let problem = 'invalid JSON';
  try {
    scan(text);
  } catch (error) {
    if (!(error instanceof SyntaxStop)) throw error;
    offset = error.offset;
    problem = error.problem;
  }
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1, problem };
}
