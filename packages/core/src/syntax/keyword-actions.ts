import { type IToken, type TokenType, tokenMatcher } from "chevrotain";
import type { Diagnostic } from "../diagnostics.js";
import { type DiagnosticFactory, SYNTAX_ERROR } from "./diagnostic.js";
import { nameToken } from "./quoted-names.js";
import {
  Colon,
  Comma,
  Decimal,
  Description,
  Fragment,
  Identifier,
  Integer,
  Rule,
  Step,
  StringLiteral,
  Throughout,
} from "./tokens.js";

/**
 * Each keyword with the tokens that may follow it when it is meant as a keyword.
 * A keyword in an action list followed by anything else is an action name. `use` is not
 * listed: in an action list it is always meant, and only its fragment name may be missing.
 */
const keywordFollowers: ReadonlyArray<readonly [TokenType, readonly TokenType[]]> = [
  [Rule, [StringLiteral]],
  [Description, [Colon]],
  [Throughout, [Colon]],
  [Step, [Integer, Decimal]],
  [Fragment, [Identifier, StringLiteral]],
];

/**
 * A keyword written as an action name (`step 1: id_card_recognize, rule`) would make
 * chevrotain end the step there and read a new declaration, with two errors and the rest
 * of the rule lost. Before parsing, a keyword right after the `:` or `,` of an action list
 * becomes the action name it stands for, unless it is followed by what its own syntax
 * needs. One diagnostic then requests double quotes, as the language requires for such a name.
 * Tokens are changed in place; the returned tokens are the input.
 */
export function keywordsAsActionNames(
  tokens: IToken[],
  factory: DiagnosticFactory,
  diagnostics: Diagnostic[],
): IToken[] {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index] as IToken;
    const followers = keywordFollowers.find(([keyword]) => token.tokenType === keyword)?.[1];
    if (followers === undefined) continue;
    const before = tokens[index - 1] as IToken;
    if (!tokenMatcher(before, Colon) && !tokenMatcher(before, Comma)) continue;
    const after = tokens[index + 1];
    if (after !== undefined && followers.some((type) => tokenMatcher(after, type))) continue;
    // After `throughout:` or `step N:`, not after the `:` of a fragment declaration's name:
    // the list starts after a colon that follows a number, a title or `throughout`.
    if (tokenMatcher(before, Colon) && !startsActionList(tokens, index - 1)) continue;

    tokens[index] = nameToken(token, token.image);
    const name = token.image;
    // Not preferred: the keyword may also be a word typed by mistake, not an action.
    const fix = factory.fix(
      "syntax.keyword-action.fix",
      { name },
      rangeOf(token),
      `"${name}"`,
      false,
    );
    diagnostics.push(
      factory.error(SYNTAX_ERROR, rangeOf(token), "syntax.keyword-action", { name }, [fix]),
    );
  }
  return tokens;
}

/** True when the colon at `colon` opens the action list of a step, `throughout` or fragment. */
function startsActionList(tokens: readonly IToken[], colon: number): boolean {
  const before = tokens[colon - 1];
  if (before === undefined) return false;
  return (
    tokenMatcher(before, Integer) ||
    tokenMatcher(before, StringLiteral) ||
    tokenMatcher(before, Throughout) ||
    tokenMatcher(before, Identifier)
  );
}

function rangeOf(token: IToken): { start: number; end: number } {
  return { start: token.startOffset, end: token.startOffset + token.image.length };
}
