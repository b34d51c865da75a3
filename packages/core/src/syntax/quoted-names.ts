import { createTokenInstance, type IToken } from "chevrotain";
import type { Diagnostic } from "../diagnostics.js";
import { type DiagnosticFactory, FULL_WIDTH_PUNCTUATION, SYNTAX_ERROR } from "./diagnostic.js";
import { isValidIdentifier } from "./matchers.js";
import { decodeString, STRING_TERMINATED } from "./strings.js";
import { Fragment, Identifier, StringLiteral, Use } from "./tokens.js";

/**
 * Users who quote rule names and titles often quote fragment names too: `use "身份核验"`,
 * `fragment "身份核验": ...`. A fragment name is an identifier, so chevrotain would skip the
 * whole item or fragment, and lint rules would then report an empty step and an unused
 * fragment as well. Before parsing, a closed string after `use` or `fragment` becomes the
 * name token it stands for, and one diagnostic requests removing the quotes. Tokens are
 * changed in place; the returned tokens are the input.
 */
export function unquoteFragmentNames(
  tokens: IToken[],
  factory: DiagnosticFactory,
  diagnostics: Diagnostic[],
): IToken[] {
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index] as IToken;
    if (token.tokenType !== StringLiteral) continue;
    const before = (tokens[index - 1] as IToken).tokenType;
    if (before !== Use && before !== Fragment) continue;
    // An unterminated string already has its diagnostic; its end is only a guess.
    const flags: number = token.payload ?? 0;
    if ((flags & STRING_TERMINATED) === 0) continue;

    const name = decodeString(token.image, flags);
    tokens[index] = nameToken(token, name);
    reportQuotedName(token, name, factory, diagnostics);
  }
  return tokens;
}

/** Creates an identifier token over `token`'s text, with `name` as its model value. */
export function nameToken(token: IToken, name: string): IToken {
  const start = token.startOffset;
  const end = start + token.image.length - 1;
  const replacement = createTokenInstance(Identifier, token.image, start, end, NaN, NaN, NaN, NaN);
  replacement.payload = name;
  return replacement;
}

function reportQuotedName(
  token: IToken,
  name: string,
  factory: DiagnosticFactory,
  diagnostics: Diagnostic[],
): void {
  const start = token.startOffset;
  const range = { start, end: start + token.image.length };

  // The quotes themselves are the mistake, so a full-width diagnostic on them would repeat it.
  for (let index = diagnostics.length - 1; index >= 0; index--) {
    const diagnostic = diagnostics[index] as Diagnostic;
    const offset = diagnostic.range.start;
    if (diagnostic.code === FULL_WIDTH_PUNCTUATION && offset >= range.start && offset < range.end)
      diagnostics.splice(index, 1);
  }

  const quoted = factory.message("syntax.describe.token", { token: name });
  if (!isValidIdentifier(name)) {
    diagnostics.push(
      factory.error(SYNTAX_ERROR, range, "syntax.quoted-fragment-name.invalid", { name: quoted }),
    );
    return;
  }
  const fix = factory.fix("syntax.quoted-fragment-name.fix", { name: quoted }, range, name, true);
  diagnostics.push(
    factory.error(SYNTAX_ERROR, range, "syntax.quoted-fragment-name", { name: quoted }, [fix]),
  );
}
