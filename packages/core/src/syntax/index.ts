export { FULL_WIDTH_PUNCTUATION, SYNTAX_ERROR } from "./diagnostic.js";
// From matchers.js, not tokens.js: the identifier rules need no chevrotain token types.
export { isKeyword, isValidIdentifier, type Keyword, keywords } from "./matchers.js";
export type { ParseOptions } from "./parse.js";
export { parseIdrs, serializedIdrsGrammar } from "./parse.js";
export { quoteString } from "./strings.js";
