import {
  EOF,
  type IParserErrorMessageProvider,
  type IRecognitionException,
  type IToken,
  type TokenType,
  tokenMatcher,
} from "chevrotain";
import type { Diagnostic } from "../diagnostics.js";
import type { TextRange } from "../text/range.js";
import { describeExpected, describeFound, describePrevious } from "./describe.js";
import { type DiagnosticFactory, SYNTAX_ERROR } from "./diagnostic.js";
import { suggestKeyword } from "./suggest.js";
import { Colon, Integer, type Keyword, keywordOfToken } from "./tokens.js";

/**
 * Turns chevrotain's recognition errors into `syntax-error` diagnostics. The parser's message
 * provider does not write text: it records what was expected as JSON in the exception's
 * message, and `recognitionDiagnostic` renders that in the caller's locale.
 */
interface ExpectedInfo {
  /** Token type names the parser expected at the error. */
  expected: string[];
  /** The grammar rule that was running. */
  rule: string;
}

function encode(expected: TokenType[], rule: string): string {
  const names = [...new Set(expected.map((type) => type.name))];
  return JSON.stringify({ expected: names, rule } satisfies ExpectedInfo);
}

export const structuredErrorMessages: IParserErrorMessageProvider = {
  buildMismatchTokenMessage: ({ expected, ruleName }) => encode([expected], ruleName),
  buildNotAllInputParsedMessage: ({ ruleName }) => encode([EOF], ruleName),
  buildNoViableAltMessage: ({ expectedPathsPerAlt, ruleName }) =>
    encode(firstTokens(expectedPathsPerAlt.flat()), ruleName),
  buildEarlyExitMessage: ({ expectedIterationPaths, ruleName }) =>
    encode(firstTokens(expectedIterationPaths), ruleName),
};

function firstTokens(paths: TokenType[][]): TokenType[] {
  return paths.flatMap((path) => (path[0] ? [path[0]] : []));
}

function decode(message: string): ExpectedInfo {
  try {
    return JSON.parse(message) as ExpectedInfo;
  } catch {
    return { expected: [], rule: "" };
  }
}

/** Facts about the parsed text that the messages depend on. */
export interface ErrorContext {
  factory: DiagnosticFactory;
  /** True when an item of the model ends at `offset`, so a following name lacks a comma. */
  isItemEnd(offset: number): boolean;
}

const entryTokens = ["Description", "Throughout", "Step", "RCurly"];
const declarationTokens = ["Rule", "Fragment"];
const itemStartTokens = new Set(["Identifier", "String", "Use"]);

/**
 * Renders one recognition error. Where the parser stopped inside a rule body or at the top
 * level, chevrotain only names the token that would end that place ('}' or the end of the
 * file); the message lists what may really come next instead.
 */
export function recognitionDiagnostic(
  error: IRecognitionException,
  previous: IToken | undefined,
  following: IToken | undefined,
  context: ErrorContext,
): Diagnostic {
  const { factory } = context;
  const info = decode(error.message);
  const actual = error.token;
  const hasPrevious = previous !== undefined;
  const range = errorRange(actual, previous);

  const actualType = actual.tokenType.name;
  const previousType = hasPrevious ? previous.tokenType.name : "";
  const openPlace =
    (info.rule === "ruleDeclaration" && sameNames(info.expected, ["RCurly"])) ||
    (info.rule === "file" && sameNames(info.expected, ["EOF"]));
  // `stpe 2:` or `throughut:` where an entry may start: a misspelled keyword, not an item.
  const entryHeader =
    actualType === "Identifier" &&
    following !== undefined &&
    (tokenMatcher(following, Integer) || tokenMatcher(following, Colon));
  // A keyword, '}' or the end of the file can follow a complete item list (the comma may be
  // its trailing comma), so what is missing there is not an action name.
  const structureFound =
    keywordOfToken.has(actual.tokenType) || actualType === "RCurly" || actualType === "EOF";

  if (
    openPlace &&
    !entryHeader &&
    itemStartTokens.has(actualType) &&
    (previousType === "Identifier" || previousType === "String") &&
    previous !== undefined &&
    context.isItemEnd(previous.startOffset + previous.image.length)
  ) {
    const args = {
      previous: describePrevious(factory, previous),
      found: describeFound(factory, actual),
    };
    return factory.error(SYNTAX_ERROR, range, "syntax.missing-comma", args);
  }

  let expected = info.expected;
  let expectedText: string | undefined;
  if (
    openPlace &&
    !entryHeader &&
    !structureFound &&
    (previousType === "Colon" || previousType === "Comma")
  ) {
    expectedText = factory.message("syntax.describe.action-name");
  } else if (openPlace && info.rule === "ruleDeclaration") {
    const closes = actualType === "Rule" || actualType === "Fragment" || actualType === "EOF";
    expected = closes ? ["RCurly"] : entryTokens;
  } else if (openPlace) {
    expected = declarationTokens;
  }
  expectedText ??= describeExpected(factory, info.rule, expected);

  const args: Record<string, string> = {
    expected: expectedText,
    found: describeFound(factory, actual),
  };
  if (hasPrevious) args.previous = describePrevious(factory, previous);
  const key = hasPrevious ? "syntax.expected-token" : "syntax.expected-token-at-start";
  const diagnostic = factory.error(SYNTAX_ERROR, range, key, args);

  const suggestion = keywordSuggestion(actual, expected);
  if (suggestion !== undefined) {
    const quoted = factory.message("syntax.describe.token", { token: suggestion });
    const hint = factory.message("syntax.hint.did-you-mean", { suggestion: quoted });
    diagnostic.message = factory.joinSentences(diagnostic.message, hint);
    diagnostic.args.suggestion = suggestion;
    const found = factory.message("syntax.describe.token", { token: actual.image });
    diagnostic.fixes.push(
      factory.fix(
        "syntax.fix.replace-with",
        { found, suggestion: quoted },
        range,
        suggestion,
        false,
      ),
    );
  }
  return diagnostic;
}

/** Returns the range of the offending token, or the end of the token before it at the end of the file. */
function errorRange(actual: IToken, previous: IToken | undefined): TextRange {
  const start = actual.startOffset;
  if (actual.tokenType !== EOF && !actual.isInsertedInRecovery && !Number.isNaN(start)) {
    return { start, end: start + actual.image.length };
  }
  const end = previous ? previous.startOffset + previous.image.length : 0;
  return { start: end, end };
}

function keywordSuggestion(actual: IToken, expected: string[]): Keyword | undefined {
  if (actual.tokenType.name !== "Identifier" || actual.isInsertedInRecovery) return undefined;
  const candidates: Keyword[] = [];
  for (const [type, word] of keywordOfToken) {
    if (expected.includes(type.name)) candidates.push(word);
  }
  return candidates.length > 0 ? suggestKeyword(actual.image, candidates) : undefined;
}

function sameNames(actual: string[], expected: string[]): boolean {
  return (
    actual.length === expected.length && actual.every((name, index) => name === expected[index])
  );
}
