import {
  STRING_FULL_WIDTH_CLOSE,
  STRING_FULL_WIDTH_OPEN,
  STRING_HAS_ESCAPE,
  STRING_TERMINATED,
} from "./strings.js";

/**
 * Custom matchers of the tokens that chevrotain's regular expressions cannot express:
 * Unicode identifiers, strings with their flags, and the byte order mark at offset 0.
 */

/** The reserved words of `.idrs`, in the order the language reference lists them. */
export const keywords = ["rule", "description", "throughout", "step", "fragment", "use"] as const;
export type Keyword = (typeof keywords)[number];

const keywordSet: ReadonlySet<string> = new Set(keywords);
const wholeIdentifier = /^[\p{L}_][\p{L}\p{Nd}_.-]*$/u;
const letterAt = /\p{L}/uy;
const letterOrDigitAt = /[\p{L}\p{Nd}]/uy;

/**
 * Returns true when `name` can be written without quotes: a Unicode letter or `_`, then
 * letters, digits, `_`, `-` or `.`, and not a keyword. Other names must be quoted strings.
 */
export function isValidIdentifier(name: string): boolean {
  return wholeIdentifier.test(name) && !keywordSet.has(name);
}

export function isKeyword(name: string): name is Keyword {
  return keywordSet.has(name);
}

// chevrotain reads a custom match (its text and payload) right after the matcher returns and
// keeps nothing of it, so each matcher reuses one result object instead of allocating one
// per token.
type MatchResult = RegExpExecArray & { payload?: number };
const identifierMatch = [""] as unknown as MatchResult;
const stringResult = [""] as unknown as MatchResult;
const byteOrderMarkMatch = ["\ufeff"] as unknown as MatchResult;
const blockCommentMatch = [""] as unknown as MatchResult;

/** Payload of a block comment token closed by its star and slash. */
export const BLOCK_COMMENT_TERMINATED = 1;

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Returns the offset after the Unicode code point at `offset` when `pattern` matches it, else -1. */
function matchCodePoint(pattern: RegExp, text: string, offset: number): number {
  pattern.lastIndex = offset;
  return pattern.test(text) ? pattern.lastIndex : -1;
}

/**
 * Matches an identifier. chevrotain drops the `u` flag of token patterns, so `\p{L}` would
 * not match Chinese; `identifierEnd` scans instead.
 */
export function matchIdentifier(text: string, offset: number): RegExpExecArray | null {
  const end = identifierEnd(text, offset);
  if (end === -1) return null;
  identifierMatch[0] = text.slice(offset, end);
  return identifierMatch;
}

/**
 * Returns the offset after the identifier that starts at `offset`, or -1 when none starts
 * there. It scans ASCII itself and tests other characters with a Unicode pattern, which
 * keeps the common ASCII names fast. The lexer and the fast reader both use it, so they
 * agree on every identifier.
 */
export function identifierEnd(text: string, offset: number): number {
  const first = text.charCodeAt(offset);
  let index: number;
  if (isAsciiLetter(first) || first === 95) {
    index = offset + 1;
  } else if (first < 0x80 || Number.isNaN(first)) {
    return -1;
  } else {
    index = matchCodePoint(letterAt, text, offset);
    if (index === -1) return -1;
  }

  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (
      isAsciiLetter(code) ||
      (code >= 48 && code <= 57) ||
      code === 95 ||
      code === 45 ||
      code === 46
    ) {
      index++;
      continue;
    }
    if (code < 0x80) break;
    if (code >= 0x4e00 && code <= 0x9fff) {
      // CJK Unified Ideographs are all letters; names are mostly Chinese, so skip the regex.
      index++;
      continue;
    }
    const next = matchCodePoint(letterOrDigitAt, text, index);
    if (next === -1) break;
    index = next;
  }
  return index;
}

/**
 * Returns the code units that may start an identifier, for chevrotain's lexer. Any non-ASCII
 * code unit may (the matcher decides), so the hint lists them all. With a complete hint,
 * chevrotain keeps its first-character optimization. Built on demand: the formatter and the
 * readers also load this module, and have no use for 65,000 numbers.
 */
export function identifierStartHint(): number[] {
  const hint = [95];
  for (let code = 65; code <= 90; code++) hint.push(code, code + 32);
  for (let code = 0x80; code <= 0xffff; code++) hint.push(code);
  return hint;
}

/**
 * Matches a string from its opening quote to its closing quote or, when there is none, to
 * the end of the line. The token's payload contains the `STRING_*` flags.
 */
export function matchString(text: string, offset: number): RegExpExecArray | null {
  const open = text.charCodeAt(offset);
  if (open !== 34 && !isCurlyQuote(open)) return null;

  // A curly quote of either direction opens a string: input methods whose quote state is
  // flipped type `”标题“`, and both characters get a full-width-punctuation fix.
  const fullWidth = open !== 34;
  // Input methods often give a string one kind of quote at the start and the other at the
  // end. So when the matching closing quote is missing, the last other quote on the line ends it.
  let flags = fullWidth ? STRING_FULL_WIDTH_OPEN : 0;
  let lastOtherClose = -1;
  let index = offset + 1;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === 92) {
      const next = text.charCodeAt(index + 1);
      if (Number.isNaN(next) || next === 10 || next === 13) {
        index++;
        break;
      }
      flags |= STRING_HAS_ESCAPE;
      index += 2;
      continue;
    }
    const closesHere = fullWidth ? isCurlyQuote(code) : code === 34;
    if (closesHere)
      return stringMatch(text, offset, index + 1, flags | STRING_TERMINATED, fullWidth);
    if (code === 10 || code === 13) break;
    if (fullWidth ? code === 34 : isCurlyQuote(code)) lastOtherClose = index;
    index++;
  }

  if (lastOtherClose !== -1) {
    return stringMatch(text, offset, lastOtherClose + 1, flags | STRING_TERMINATED, !fullWidth);
  }
  return stringMatch(text, offset, Math.min(index, text.length), flags, false);
}

/** `“` (U+201C) or `”` (U+201D). */
function isCurlyQuote(code: number): boolean {
  return code === 0x201c || code === 0x201d;
}

function stringMatch(
  text: string,
  start: number,
  end: number,
  flags: number,
  fullWidthClose: boolean,
): RegExpExecArray {
  stringResult[0] = text.slice(start, end);
  stringResult.payload = fullWidthClose ? flags | STRING_FULL_WIDTH_CLOSE : flags;
  return stringResult;
}

/**
 * Matches a block comment, which `.idrs` does not have: users coming from other languages
 * write them, and the lexer reads one whole so it gets one diagnostic. It runs to the
 * closing star and slash, across lines; without one it ends at the end of the line.
 */
export function matchBlockComment(text: string, offset: number): RegExpExecArray | null {
  if (text.charCodeAt(offset) !== 47 || text.charCodeAt(offset + 1) !== 42) return null;
  const close = closeAfter(text, offset + 2);
  let end: number;
  if (close === -1) {
    end = offset + 2;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    blockCommentMatch.payload = 0;
  } else {
    end = close + 2;
    blockCommentMatch.payload = BLOCK_COMMENT_TERMINATED;
  }
  blockCommentMatch[0] = text.slice(offset, end);
  return blockCommentMatch;
}

// The text and offset from which the last search found no closing star and slash. None follows
// any later offset either, so a text with many unclosed block comments is searched once.
let unclosedText: string | undefined;
let unclosedFrom = 0;

function closeAfter(text: string, offset: number): number {
  if (text === unclosedText && offset >= unclosedFrom) return -1;
  const close = text.indexOf("*/", offset);
  if (close === -1) {
    unclosedText = text;
    unclosedFrom = offset;
  }
  return close;
}

export function matchByteOrderMark(text: string, offset: number): RegExpExecArray | null {
  if (offset !== 0 || text.charCodeAt(0) !== 0xfeff) return null;
  return byteOrderMarkMatch;
}
