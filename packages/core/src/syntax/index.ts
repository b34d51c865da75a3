export { FULL_WIDTH_PUNCTUATION, SYNTAX_ERROR } from "./diagnostic.js";
export type { ParseOptions } from "./parse.js";
export { parseIdrs, serializedIdrsGrammar } from "./parse.js";
export { quoteString } from "./strings.js";
export { isKeyword, isValidIdentifier, type Keyword, keywords } from "./tokens.js";
