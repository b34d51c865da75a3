import { parse as parseWithMomoa } from "@humanwhocodes/momoa";
import type { Diagnostic, Fix } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { translate } from "../i18n/translate.js";
import type { TextRange } from "../text/range.js";
import { jsonDiagnostic } from "./diagnostic.js";

export interface SyntaxErrorOptions {
  uri: string;
  locale: Locale;
  /** `invalid-json` for rule files, `invalid-config` for configuration. */
  code: string;
  /** A short JSON example of what the document should contain, shown for empty text. */
  example: string;
}

/** Full-width punctuation that Chinese input methods type in place of JSON's. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  "\u201c": '"',
  "\u201d": '"',
  "\uff0c": ",",
  "\uff1a": ":",
  "\uff5b": "{",
  "\uff5d": "}",
  "\uff3b": "[",
  "\uff3d": "]",
};

/**
 * Describes why `JSON.parse` rejected `text` (read from offset `from`, past a byte order
 * mark) as one diagnostic in plain words, placed where the problem is. The position comes
 * from momoa, which reports offsets where `JSON.parse` often does not.
 */
export function syntaxErrorDiagnostic(
  text: string,
  from: number,
  options: SyntaxErrorOptions,
): Diagnostic {
  const body = text.slice(from);
  const at = (start: number, end = start): TextRange => ({ start: from + start, end: from + end });
  const make = (
    key: Parameters<typeof translate>[1],
    range: TextRange,
    args = {},
    fixes: Fix[] = [],
  ) =>
    jsonDiagnostic({
      code: options.code,
      uri: options.uri,
      locale: options.locale,
      key,
      args,
      range,
      fixes,
    });

  if (body.trim() === "") return make("json.syntax.empty", at(0), { example: options.example });

  const { offset, atEnd } = findError(body);
  if (atEnd || offset >= body.length || isCutOff(body, offset)) {
    return make("json.syntax.unexpected-end", at(body.trimEnd().length));
  }

  const char = String.fromCodePoint(body.codePointAt(offset) ?? 0);
  const previous = previousNonWhitespace(body, offset);

  if (char === "/" && (body[offset + 1] === "/" || body[offset + 1] === "*")) {
    return make("json.syntax.comment", at(offset, commentEnd(body, offset)));
  }
  if ((char === "}" || char === "]") && previous !== undefined && body[previous] === ",") {
    const fix = fixOf(options.locale, "json.fix.remove-comma", {}, at(previous, previous + 1), "");
    return make("json.syntax.trailing-comma", at(previous, previous + 1), { token: char }, [fix]);
  }
  if (char === "'") return make("json.syntax.single-quote", at(offset, offset + 1));

  const replacement = FULL_WIDTH[char];
  if (replacement !== undefined) {
    const range = at(offset, offset + 1);
    const fix = fixOf(
      options.locale,
      "json.fix.replace-character",
      { replacement },
      range,
      replacement,
    );
    return make("json.syntax.full-width", range, { character: char, replacement }, [fix]);
  }
  if (char.charCodeAt(0) < 0x20) {
    return make("json.syntax.control-character", at(offset, offset + 1), {
      character: codePointName(char),
    });
  }
  if (previous !== undefined && commaIsMissing(body, previous + 1, offset)) {
    const fix = fixOf(options.locale, "json.fix.insert-comma", {}, at(previous + 1), ",", false);
    return make("json.syntax.missing-comma", at(offset, tokenEnd(body, offset)), {}, [fix]);
  }
  if (isCompleteJson(body.slice(0, offset))) {
    return make("json.syntax.trailing-data", at(offset, body.trimEnd().length));
  }
  const end = tokenEnd(body, offset);
  const invisible = char.trim() === "" || char === "\ufeff";
  const displayed = invisible ? codePointName(char) : body.slice(offset, end);
  return make("json.syntax.unexpected", at(offset, end), { character: displayed });
}

/**
 * Finds the first syntax error with momoa. `atEnd` is set for momoa's end-of-input error,
 * whose offset is not always at the end.
 */
function findError(body: string): { offset: number; atEnd: boolean } {
  try {
    parseWithMomoa(body, { mode: "json" });
  } catch (error) {
    const { offset, message } = error as { offset?: unknown; message?: unknown };
    const atEnd = typeof message === "string" && message.startsWith("Unexpected end of input");
    if (typeof offset === "number") return { offset, atEnd };
  }
  return { offset: controlCharacterOffset(body), atEnd: false };
}

function controlCharacterOffset(body: string): number {
  // momoa accepts what JSON.parse rejects in one case: a raw control character in a string.
  let inside = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inside && c === 0x5c) i++;
    else if (c === 0x22) inside = !inside;
    else if (inside && c < 0x20) return i;
  }
  return 0;
}

/**
 * Checks whether the text stops in the middle of a value: a string or bracket is still
 * open, and nothing but the token at `offset` follows. momoa blames that last token then.
 */
function isCutOff(body: string, offset: number): boolean {
  let depth = 0;
  let inside = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (inside) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inside = false;
    } else if (c === 0x22) inside = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  if (!inside && depth <= 0) return false;
  const rest = body.slice(offset);
  const token = /^("(?:[^"\\]|\\.)*"?|[^\s,:{}[\]]+|.)/s.exec(rest)?.[0] ?? "";
  return rest.slice(token.length).trim() === "";
}

function previousNonWhitespace(body: string, offset: number): number | undefined {
  for (let i = offset - 1; i >= 0; i--) {
    if (!/\s/.test(body.charAt(i))) return i;
  }
  return undefined;
}

function commentEnd(body: string, offset: number): number {
  if (body[offset + 1] === "/") {
    const lineEnd = body.slice(offset).search(/[\r\n]/);
    return lineEnd === -1 ? body.length : offset + lineEnd;
  }
  const close = body.indexOf("*/", offset + 2);
  return close === -1 ? body.length : close + 2;
}

/** Returns the end of the word or character at `offset`, so a range covers `Infinity`, not `I`. */
function tokenEnd(body: string, offset: number): number {
  const word = /^[A-Za-z0-9_$.+-]{1,40}/.exec(body.slice(offset, offset + 40));
  if (word) return offset + word[0].length;
  const code = body.codePointAt(offset) ?? 0;
  return offset + (code > 0xffff ? 2 : 1);
}

/**
 * Checks whether inserting a comma at `insertAt` moves the first error past `offset`. If
 * so, the value at `offset` followed another value with no comma between them.
 */
function commaIsMissing(body: string, insertAt: number, offset: number): boolean {
  const before = body.charAt(insertAt - 1);
  if (!/["\d}\]el]/.test(before)) return false;
  const patched = `${body.slice(0, insertAt)},${body.slice(insertAt)}`;
  return errorOffsetOrEnd(patched) > offset + 1;
}

function errorOffsetOrEnd(body: string): number {
  try {
    parseWithMomoa(body, { mode: "json" });
    return body.length + 1;
  } catch (error) {
    const offset = (error as { offset?: unknown }).offset;
    return typeof offset === "number" ? offset : 0;
  }
}

function isCompleteJson(text: string): boolean {
  if (text.trim() === "") return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function codePointName(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
}

function fixOf(
  locale: Locale,
  key: Parameters<typeof translate>[1],
  args: Record<string, string>,
  range: TextRange,
  newText: string,
  isPreferred = true,
): Fix {
  return { title: translate(locale, key, args), edits: [{ range, newText }], isPreferred };
}
