import { createTokenInstance, type IToken, type TokenType } from "chevrotain";
import type { Diagnostic } from "../diagnostics.js";
import type { MessageKey } from "../i18n/translate.js";
import { type DiagnosticFactory, SYNTAX_ERROR } from "./diagnostic.js";
import { quoteString, STRING_UNQUOTED } from "./strings.js";
import {
  Colon,
  Decimal,
  Fragment,
  Identifier,
  Integer,
  LCurly,
  Rule,
  Step,
  StringLiteral,
} from "./tokens.js";

/**
 * Chinese users often write a rule name or a title without quotes: `rule XX人寿 终身寿险 {`,
 * `step 1 风险揭示: ...`. Such words lex as names and numbers; chevrotain's recovery would
 * then skip the whole rule. Before parsing, a run of names and numbers on one line in those
 * places is merged into one string token, and one diagnostic with a quoting fix is reported.
 */
export function mergeUnquotedText(
  text: string,
  tokens: IToken[],
  factory: DiagnosticFactory,
  diagnostics: Diagnostic[],
): IToken[] {
  let merged: IToken[] | undefined;
  let copiedUntil = 0;
  for (let index = 0; index < tokens.length; index++) {
    const place = unquotedPlace(tokens, index);
    if (place === undefined) continue;

    const end = runEnd(text, tokens, index + 1);
    const closer = tokens[end]?.tokenType;
    if (end === index + 1 || closer !== place.closer) continue;

    merged ??= [];
    for (let copy = copiedUntil; copy <= index; copy++) merged.push(tokens[copy] as IToken);
    merged.push(stringToken(text, tokens, index + 1, end, place.role, factory, diagnostics));
    copiedUntil = end;
    index = end - 1;
  }
  if (merged === undefined) return tokens;
  for (let copy = copiedUntil; copy < tokens.length; copy++) merged.push(tokens[copy] as IToken);
  return merged;
}

interface UnquotedPlace {
  /** The token that must follow the run. */
  closer: TokenType;
  role: MessageKey;
}

const ruleName: UnquotedPlace = { closer: LCurly, role: "syntax.describe.rule-name-role" };
const title: UnquotedPlace = { closer: Colon, role: "syntax.describe.title-role" };

/** Returns where a string belongs after the token at `index`, if the next token is a bare word. */
function unquotedPlace(tokens: IToken[], index: number): UnquotedPlace | undefined {
  const type = tokens[index]?.tokenType;
  const next = tokens[index + 1]?.tokenType;
  if (next !== Identifier && !isNumber(next)) return undefined;
  if (type === Rule) return ruleName;
  const before = tokens[index - 1]?.tokenType;
  if (isNumber(type) && before === Step) return title;
  if (type === Identifier && before === Fragment) return title;
  return undefined;
}

/** True for a step number, and for a number with a fraction, which the builder reports. */
function isNumber(type: TokenType | undefined): boolean {
  return type === Integer || type === Decimal;
}

/** Returns the index after a run of names and numbers separated only by spaces. */
function runEnd(text: string, tokens: IToken[], start: number): number {
  let index = start;
  while (index < tokens.length) {
    const token = tokens[index] as IToken;
    if (token.tokenType !== Identifier && !isNumber(token.tokenType)) break;
    if (index > start && !onlySpacesBetween(text, tokens[index - 1] as IToken, token)) break;
    index++;
  }
  return index;
}

function onlySpacesBetween(text: string, left: IToken, right: IToken): boolean {
  for (let offset = left.startOffset + left.image.length; offset < right.startOffset; offset++) {
    const code = text.charCodeAt(offset);
    if (code !== 32 && code !== 9 && code !== 0x3000) return false;
  }
  return true;
}

function stringToken(
  text: string,
  tokens: IToken[],
  first: number,
  end: number,
  role: MessageKey,
  factory: DiagnosticFactory,
  diagnostics: Diagnostic[],
): IToken {
  const start = (tokens[first] as IToken).startOffset;
  const lastToken = tokens[end - 1] as IToken;
  const stop = lastToken.startOffset + lastToken.image.length;
  const words = text.slice(start, stop);
  const range = { start, end: stop };

  const quoted = factory.message("syntax.describe.token", { token: words });
  const fix = factory.fix(
    "syntax.unquoted-text.fix",
    { text: quoted },
    range,
    quoteString(words),
    false,
  );
  const args = { text: quoted, role: factory.message(role) };
  diagnostics.push(factory.error(SYNTAX_ERROR, range, "syntax.unquoted-text", args, [fix]));

  const token = createTokenInstance(StringLiteral, words, start, stop - 1, NaN, NaN, NaN, NaN);
  token.payload = STRING_UNQUOTED;
  return token;
}
