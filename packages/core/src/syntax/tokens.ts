import { createToken, Lexer, type TokenType } from "chevrotain";
import {
  identifierStartHint,
  type Keyword,
  matchBlockComment,
  matchByteOrderMark,
  matchIdentifier,
  matchString,
} from "./matchers.js";

export { isKeyword, isValidIdentifier, type Keyword, keywords } from "./matchers.js";

/**
 * Tokens and the lexer of `.idrs`, built once at module load. Full-width punctuation typed
 * by Chinese input methods has token types in the category of its half-width form, so the
 * parser goes on, and `lexical-diagnostics.ts` reports it afterwards.
 */

export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\u3000]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const ByteOrderMark = createToken({
  name: "ByteOrderMark",
  pattern: matchByteOrderMark,
  start_chars_hint: [0xfeff],
  group: Lexer.SKIPPED,
  line_breaks: false,
});

export const Comment = createToken({
  name: "Comment",
  pattern: /\/\/[^\r\n]*/,
  group: "comments",
});

/**
 * A block comment, which `.idrs` does not have. It goes to a group of its own, so the parser
 * reads on as if it were absent and `lexical-diagnostics.ts` reports it once.
 */
export const BlockComment = createToken({
  name: "BlockComment",
  pattern: matchBlockComment,
  start_chars_hint: ["/"],
  group: "blockComments",
  line_breaks: true,
});

export const StringLiteral = createToken({
  name: "String",
  label: "String",
  pattern: matchString,
  start_chars_hint: ['"', "\u201c", "\u201d"],
  line_breaks: false,
});

export const Identifier = createToken({
  name: "Identifier",
  pattern: matchIdentifier,
  start_chars_hint: identifierStartHint(),
  line_breaks: false,
});

function keyword(word: Keyword, name: string): TokenType {
  return createToken({ name, label: `'${word}'`, pattern: word, longer_alt: Identifier });
}

export const Rule = keyword("rule", "Rule");
export const Description = keyword("description", "Description");
export const Throughout = keyword("throughout", "Throughout");
export const Step = keyword("step", "Step");
export const Fragment = keyword("fragment", "Fragment");
export const Use = keyword("use", "Use");

export const Integer = createToken({ name: "Integer", pattern: /[0-9]+/ });

/**
 * A number with a fraction, such as `1.5`: never valid, but read as one token in the
 * category of `Integer`, so `step 1.5` parses on and the builder reports it once.
 */
export const Decimal = createToken({
  name: "Decimal",
  pattern: /[0-9]+(?:\.[0-9]+)+/,
  categories: [Integer],
});

export const LCurly = createToken({ name: "LCurly", label: "'{'", pattern: "{" });
export const RCurly = createToken({ name: "RCurly", label: "'}'", pattern: "}" });
export const Colon = createToken({ name: "Colon", label: "':'", pattern: ":" });
export const Comma = createToken({ name: "Comma", label: "','", pattern: "," });
export const Semicolon = createToken({ name: "Semicolon", label: "';'", pattern: ";" });

// Full-width punctuation of Chinese input methods. Each belongs to the category of its
// half-width token, so the parser accepts it in the same places. Separate single-character
// token types keep the lexer on its fast path for single characters.
function fullWidth(name: string, character: string, halfWidth: TokenType): TokenType {
  return createToken({ name, pattern: character, categories: [halfWidth] });
}

export const FullWidthLCurly = fullWidth("FullWidthLCurly", "\uff5b", LCurly);
export const FullWidthRCurly = fullWidth("FullWidthRCurly", "\uff5d", RCurly);
export const FullWidthColon = fullWidth("FullWidthColon", "\uff1a", Colon);
export const FullWidthComma = fullWidth("FullWidthComma", "\uff0c", Comma);
export const FullWidthSemicolon = fullWidth("FullWidthSemicolon", "\uff1b", Semicolon);

/** The half-width character each full-width punctuation token stands for. */
export const halfWidthOfToken: ReadonlyMap<TokenType, string> = new Map([
  [FullWidthLCurly, "{"],
  [FullWidthRCurly, "}"],
  [FullWidthColon, ":"],
  [FullWidthComma, ","],
  [FullWidthSemicolon, ";"],
]);

/** Every token type, in the order the lexer tries them (keywords before identifiers). */
export const allTokens: TokenType[] = [
  WhiteSpace,
  ByteOrderMark,
  Comment,
  BlockComment,
  StringLiteral,
  Rule,
  Description,
  Throughout,
  Step,
  Fragment,
  Use,
  Identifier,
  Decimal,
  Integer,
  LCurly,
  RCurly,
  Colon,
  Comma,
  Semicolon,
  FullWidthLCurly,
  FullWidthRCurly,
  FullWidthColon,
  FullWidthComma,
  FullWidthSemicolon,
];

/** The keyword spelled by each keyword token type. */
export const keywordOfToken: ReadonlyMap<TokenType, Keyword> = new Map([
  [Rule, "rule"],
  [Description, "description"],
  [Throughout, "throughout"],
  [Step, "step"],
  [Fragment, "fragment"],
  [Use, "use"],
]);

let lexer: Lexer | undefined;

/**
 * The `.idrs` lexer. It is built on first use, because building it analyses every token
 * pattern and a process that only reads `.rule.json` files never needs it.
 */
export const idrsLexer: Pick<Lexer, "tokenize"> = {
  tokenize: (text, initialMode) => {
    lexer ??= new Lexer(allTokens, { positionTracking: "onlyOffset", ensureOptimizations: true });
    return lexer.tokenize(text, initialMode);
  },
};
