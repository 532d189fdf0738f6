/**
 * A draft file's text as the check reads it, and the way back to the file's own offsets.
 *
 * The check reads "\r\n" as one line break (the sites' editors hold "\n", so a break counts once
 * towards X's 280), drops a byte-order mark and one final line break. A pipeline, though, holds
 * the file: JSON offsets that pointed into the cleaned-up copy put a CRLF draft's annotations on
 * the wrong line and made an applied fix cut into words (QA26). So findings are checked on the
 * copy and their offsets mapped back to the file's decoded text.
 */
import type { Finding } from '../lib/engine/types';

export interface DraftText {
  /** What the check reads. */
  text: string;
  /** A UTF-16 offset of `text` as an offset of the decoded file. */
  toFile(offset: number): number;
}

export function draftOf(decoded: string): DraftText {
  const bom = decoded.startsWith('\uFEFF') ? 1 : 0;
  // Offsets (into `text`) of the line breaks that were "\r\n" in the file: each drops one unit.
  const pairs: number[] = [];
  let text = '';
  let from = bom;
  for (let at = decoded.indexOf('\r', from); at !== -1; at = decoded.indexOf('\r', from)) {
    text += decoded.slice(from, at);
    if (decoded.charCodeAt(at + 1) === 10) {
      pairs.push(text.length);
      from = at + 2;
    } else from = at + 1;
    text += '\n';
  }
  text += decoded.slice(from);
  if (text.endsWith('\n')) text = text.slice(0, -1);
  return {
    text,
    toFile: (offset) => {
      // How many "\r\n" breaks start before `offset`: the one at `offset` itself starts at its "\r".
      let low = 0;
      let high = pairs.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (pairs[mid]! < offset) low = mid + 1;
        else high = mid;
      }
      return offset + low + bom;
    },
  };
}

/** 1-based line and column (characters as an editor counts them: code points) of an offset. */
export interface Position {
  line: number;
  column: number;
}

/** A Finding of the JSON output: offsets into the file, and where they are as line and column. */
export type FileFinding = Finding & { line?: number; column?: number; endLine?: number; endColumn?: number };

/**
 * The findings with their offsets (and their fixes') into the decoded file, and the line and
 * column of start and end, which tools that read the file another way (with its byte-order mark,
 * say) can use as they are. SPEC §6 lets a Finding carry more fields.
 */
export function inFile(findings: readonly Finding[], draft: DraftText, position: (offset: number) => Position): FileFinding[] {
  return findings.map((finding) => {
    const out: FileFinding = { ...finding };
    if (finding.start !== undefined && finding.end !== undefined) {
      const start = position(finding.start);
      const end = position(finding.end);
      Object.assign(out, { start: draft.toFile(finding.start), end: draft.toFile(finding.end), line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
    }
    if (finding.fix) out.fix = { ...finding.fix, start: draft.toFile(finding.fix.start), end: draft.toFile(finding.fix.end) };
    return out;
  });
}
