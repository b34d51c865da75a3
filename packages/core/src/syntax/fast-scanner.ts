import { actionNameAt } from "../catalog/known-names.js";
import type { CommentNode } from "../model/model.js";
import { identifierEnd } from "./matchers.js";
import { decodeString, STRING_HAS_ESCAPE, STRING_TERMINATED } from "./strings.js";

/**
 * The token scanner of the fast reader (`fast-read.ts`). It reads the tokens of well-formed
 * `.idrs` text exactly as the chevrotain lexer in `tokens.ts` does, without allocating a
 * token object: the current token is in the scanner's fields. On any character the lexer
 * would report or tolerate with a diagnostic (full-width punctuation, curly quotes,
 * unexpected characters, an unterminated string, an invalid escape) it throws
 * `outsideFastPath`, and the caller parses the text with chevrotain instead.
 */

/** Thrown when the text leaves what the fast reader accepts: one value, so giving up allocates nothing. */
export const outsideFastPath = new Error("outside the fast .idrs reader's shape");

// Token kinds. Typed `number`, so TypeScript does not narrow `kind` across `advance()` calls.
export const EOF: number = 0;
export const LCURLY: number = 1;
export const RCURLY: number = 2;
export const COLON: number = 3;
export const COMMA: number = 4;
export const SEMICOLON: number = 5;
export const STRING: number = 6;
export const INTEGER: number = 7;
export const IDENTIFIER: number = 8;
export const RULE: number = 9;
export const DESCRIPTION: number = 10;
export const THROUGHOUT: number = 11;
export const STEP: number = 12;
export const FRAGMENT: number = 13;
export const USE: number = 14;

/** Integers of at most this many digits are safe, so summing their digits is exact. */
const MAX_EXACT_DIGITS = 15;

export class FastScanner {
  /** Kind of the current token: one of the constants above. */
  kind = EOF;
  start = 0;
  end = 0;
  /** End of the token before the current one: where the last consumed token ended. */
  previousEnd = 0;
  /** Decoded value of a STRING token, the name of an IDENTIFIER, the value of an INTEGER. */
  text = "";
  number = 0;
  readonly comments: CommentNode[] = [];
  private offset = 0;

  constructor(private readonly source: string) {
    // The lexer skips a byte order mark at offset 0 without a diagnostic; the CLI reports it.
    if (source.charCodeAt(0) === 0xfeff) this.offset = 1;
  }

  /** Moves to the next token, skipping whitespace and collecting line comments. */
  advance(): void {
    this.previousEnd = this.end;
    const source = this.source;
    const length = source.length;
    let offset = this.offset;
    while (offset < length) {
      const code = source.charCodeAt(offset);
      // The lexer's whitespace: space, tab, LF, CR and the ideographic space U+3000.
      if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0x3000) {
        offset++;
        continue;
      }
      if (code === 47 /* / */) {
        offset = this.comment(offset);
        continue;
      }
      this.start = offset;
      this.token(code, offset);
      this.offset = this.end;
      return;
    }
    this.kind = EOF;
    this.start = length;
    this.end = length;
    this.offset = length;
  }

  private comment(offset: number): number {
    const source = this.source;
    if (source.charCodeAt(offset + 1) !== 47) throw outsideFastPath;
    let end = offset + 2;
    while (end < source.length) {
      const code = source.charCodeAt(end);
      if (code === 10 || code === 13) break;
      end++;
    }
    this.comments.push({ text: source.slice(offset + 2, end), range: { start: offset, end } });
    return end;
  }

  private token(code: number, offset: number): void {
    const punctuation = punctuationKind(code);
    if (punctuation !== -1) {
      this.kind = punctuation;
      this.end = offset + 1;
      return;
    }
    if (code === 34) {
      this.string(offset);
      return;
    }
    if (code >= 48 && code <= 57) {
      this.integer(offset);
      return;
    }
    const end = identifierEnd(this.source, offset);
    if (end === -1) throw outsideFastPath;
    this.end = end;
    this.kind = keywordKind(this.source, offset, end);
    if (this.kind === IDENTIFIER) this.text = actionNameAt(this.source, offset, end);
  }

  /** Reads a string closed on its line by `"`. Curly quotes inside it are ordinary text. */
  private string(offset: number): void {
    const source = this.source;
    let hasEscape = false;
    let index = offset + 1;
    for (;;) {
      const code = source.charCodeAt(index);
      if (code === 34) break;
      if (code === 92) {
        // The lexer ends a string at a backslash before a line break, unterminated.
        const next = source.charCodeAt(index + 1);
        if (next === 10 || next === 13 || Number.isNaN(next)) throw outsideFastPath;
        hasEscape = true;
        index += 2;
        continue;
      }
      if (code === 10 || code === 13 || Number.isNaN(code)) throw outsideFastPath;
      index++;
    }
    this.kind = STRING;
    this.end = index + 1;
    if (!hasEscape) {
      this.text = source.slice(offset + 1, index);
      return;
    }
    const image = source.slice(offset, index + 1);
    this.text = decodeString(image, STRING_TERMINATED | STRING_HAS_ESCAPE, rejectInvalidEscape);
  }

  private integer(offset: number): void {
    const source = this.source;
    let index = offset;
    let value = 0;
    for (;;) {
      const code = source.charCodeAt(index);
      if (!(code >= 48 && code <= 57)) break;
      value = value * 10 + (code - 48);
      index++;
    }
    if (index - offset > MAX_EXACT_DIGITS) {
      value = Number(source.slice(offset, index));
      if (!Number.isSafeInteger(value)) throw outsideFastPath;
    }
    this.kind = INTEGER;
    this.end = index;
    this.number = value;
  }
}

/** Returns the kind of a half-width punctuation character, or -1. */
function punctuationKind(code: number): number {
  switch (code) {
    case 123:
      return LCURLY;
    case 125:
      return RCURLY;
    case 58:
      return COLON;
    case 44:
      return COMMA;
    case 59:
      return SEMICOLON;
    default:
      return -1;
  }
}

function rejectInvalidEscape(): void {
  throw outsideFastPath;
}

/** Returns the keyword kind of the identifier at `start..end`, or IDENTIFIER. */
function keywordKind(source: string, start: number, end: number): number {
  switch (end - start) {
    case 3:
      return source.startsWith("use", start) ? USE : IDENTIFIER;
    case 4:
      if (source.startsWith("step", start)) return STEP;
      return source.startsWith("rule", start) ? RULE : IDENTIFIER;
    case 8:
      return source.startsWith("fragment", start) ? FRAGMENT : IDENTIFIER;
    case 10:
      return source.startsWith("throughout", start) ? THROUGHOUT : IDENTIFIER;
    case 11:
      return source.startsWith("description", start) ? DESCRIPTION : IDENTIFIER;
    default:
      return IDENTIFIER;
  }
}
