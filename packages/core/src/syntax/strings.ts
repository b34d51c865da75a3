/**
 * String literals of `.idrs`: the flags the lexer stores on a string token, decoding of a
 * token's image into its value, and quoting of a value for printing.
 */

/** The string has its closing quote. Without it the token runs to the end of the line. */
export const STRING_TERMINATED = 1;
/** The string opens with the full-width `“`. */
export const STRING_FULL_WIDTH_OPEN = 2;
/** The string closes with the full-width `”`. */
export const STRING_FULL_WIDTH_CLOSE = 4;
/** The string contains at least one backslash, so its value needs decoding. */
export const STRING_HAS_ESCAPE = 8;
/** Not a string literal: words written without quotes where a string belongs, kept as text. */
export const STRING_UNQUOTED = 16;

/** Receives the offset (in the image) and length of each invalid escape sequence. */
export type InvalidEscapeHandler = (index: number, length: number) => void;

/**
 * Returns the value of a string token from its image and lexer flags. Invalid escape
 * sequences are reported through `onInvalidEscape` and kept as written.
 */
export function decodeString(
  image: string,
  flags: number,
  onInvalidEscape?: InvalidEscapeHandler,
): string {
  if ((flags & STRING_UNQUOTED) !== 0) return image;

  const end = (flags & STRING_TERMINATED) !== 0 ? image.length - 1 : image.length;
  if ((flags & STRING_HAS_ESCAPE) === 0) return image.slice(1, end);

  let value = "";
  let runStart = 1;
  let index = 1;
  while (index < end) {
    if (image.charCodeAt(index) !== 92 /* \ */) {
      index++;
      continue;
    }
    value += image.slice(runStart, index);
    const escapeLength = readEscape(image, index, end);
    if (escapeLength > 0) {
      value += escapeValue(image, index, escapeLength);
    } else {
      const invalidLength = Math.min(2, end - index);
      onInvalidEscape?.(index, invalidLength);
      value += image.slice(index, index + invalidLength);
      index += invalidLength;
      runStart = index;
      continue;
    }
    index += escapeLength;
    runStart = index;
  }
  return value + image.slice(runStart, end);
}

/** Returns the length of the valid escape sequence at `index`, or 0 when it is invalid. */
function readEscape(image: string, index: number, end: number): number {
  const next = image[index + 1];
  if (next === '"' || next === "\\" || next === "n" || next === "r" || next === "t") {
    return index + 1 < end ? 2 : 0;
  }
  if (
    next === "u" &&
    index + 6 <= end &&
    /^[0-9a-fA-F]{4}$/.test(image.slice(index + 2, index + 6))
  ) {
    return 6;
  }
  return 0;
}

function escapeValue(image: string, index: number, length: number): string {
  if (length === 6)
    return String.fromCharCode(Number.parseInt(image.slice(index + 2, index + 6), 16));
  switch (image[index + 1]) {
    case "n":
      return "\n";
    case "r":
      return "\r";
    case "t":
      return "\t";
    default:
      return image[index + 1] ?? "";
  }
}

/**
 * Quotes a value as a canonical `.idrs` string. `"` and `\` are escaped, line breaks and
 * tabs use their short escapes, and other control characters and lone surrogates use
 * `\uXXXX`. The printed text survives any encoding and reads back to the same value.
 */
export function quoteString(value: string): string {
  let quoted = '"';
  let runStart = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const escaped = escapeCharacter(value, index, code);
    if (escaped === undefined) {
      if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(value.charCodeAt(index + 1))) index++;
      continue;
    }
    quoted += value.slice(runStart, index) + escaped;
    runStart = index + 1;
  }
  return `${quoted}${value.slice(runStart)}"`;
}

function escapeCharacter(value: string, index: number, code: number): string | undefined {
  if (code === 34) return '\\"';
  if (code === 92) return "\\\\";
  if (code === 10) return "\\n";
  if (code === 13) return "\\r";
  if (code === 9) return "\\t";
  if (code < 0x20 || code === 0x7f) return unicodeEscape(code);
  if (code >= 0xd800 && code <= 0xdbff) {
    return isLowSurrogate(value.charCodeAt(index + 1)) ? undefined : unicodeEscape(code);
  }
  if (code >= 0xdc00 && code <= 0xdfff) return unicodeEscape(code);
  return undefined;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function unicodeEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
}
