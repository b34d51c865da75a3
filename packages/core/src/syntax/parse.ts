import type { IRecognitionException, ISerializedGast, IToken } from "chevrotain";
import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { CommentNode, RuleDocument } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import { DiagnosticFactory, FULL_WIDTH_PUNCTUATION } from "./diagnostic.js";
import { readIdrsFast } from "./fast-read.js";
import { keywordsAsActionNames } from "./keyword-actions.js";
import { lexicalDiagnostics } from "./lexical-diagnostics.js";
import { recognitionDiagnostic } from "./parse-errors.js";
import { IdrsParser } from "./parser.js";
import { unquoteFragmentNames } from "./quoted-names.js";
import { idrsLexer } from "./tokens.js";
import { mergeUnquotedText } from "./unquoted.js";

export interface ParseOptions {
  uri: string;
  locale: Locale;
  /** Document version as the host counts it; 0 when omitted. */
  version?: number;
}

let sharedParser: IdrsParser | undefined;

/**
 * Returns the one parser instance, built on first use: chevrotain's grammar analysis takes
 * milliseconds, and a process that only reads `.rule.json` files never needs it.
 */
function idrsParser(): IdrsParser {
  sharedParser ??= new IdrsParser();
  return sharedParser;
}

/**
 * Reads `.idrs` text into the rule model. Never throws: every problem in the text is a
 * diagnostic in `parseDiagnostics`. After a syntax error the parser re-synchronizes at the
 * next `rule`, `fragment`, `step`, `throughout`, `description` or `}`, so the rest of the file
 * is still in the model.
 *
 * Well-formed text is read by the fast reader, which gives the same model as chevrotain in
 * a fraction of the time. Text it does not accept goes to chevrotain, the parser of record.
 */
export function parseIdrs(text: string, options: ParseOptions): RuleDocument {
  const fast = readIdrsFast(text);
  if (fast === undefined) return parseIdrsWithChevrotain(text, options);
  return {
    uri: options.uri,
    kind: "idrs",
    version: options.version ?? 0,
    text,
    rules: fast.rules,
    fragments: fast.fragments,
    comments: fast.comments,
    parseDiagnostics: [],
  };
}

/** Reads `.idrs` text with the chevrotain parser and its error recovery; see `parseIdrs`. */
export function parseIdrsWithChevrotain(text: string, options: ParseOptions): RuleDocument {
  const factory = new DiagnosticFactory(options.uri, options.locale);
  const parser = idrsParser();
  const lexed = idrsLexer.tokenize(text);
  const lexical = lexicalDiagnostics(text, lexed, factory);
  const diagnostics = lexical.diagnostics;
  const merged = mergeUnquotedText(text, lexed.tokens, factory, diagnostics);
  const tokens = keywordsAsActionNames(
    unquoteFragmentNames(merged, factory, diagnostics),
    factory,
    diagnostics,
  );

  parser.builder.reset(factory);
  parser.parse(tokens);
  const { rules, fragments } = parser.builder;
  for (const diagnostic of parser.builder.diagnostics) diagnostics.push(diagnostic);

  const errors = parser.errors;
  if (errors.length > 0) {
    const itemEnds = collectItemEnds(parser.builder);
    const context = { factory, isItemEnd: (offset: number) => itemEnds.has(offset) };
    for (const error of errors) {
      const index = tokenIndex(tokens, error.token);
      const previous = tokens[index - 1];
      if (followsSyntaxProblem(previous, error.token, lexical.syntaxProblems)) continue;
      const following = tokens[index] === error.token ? tokens[index + 1] : undefined;
      diagnostics.push(recognitionDiagnostic(error, previous, following, context));
    }
    dropFullWidthInSkippedText(diagnostics, errors);
  }
  parser.release();
  diagnostics.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);

  return {
    uri: options.uri,
    kind: "idrs",
    version: options.version ?? 0,
    text,
    rules,
    fragments,
    comments: commentNodes(lexed.groups.comments ?? []),
    parseDiagnostics: diagnostics,
  };
}

function commentNodes(
  tokens: ReadonlyArray<{ image: string; startOffset: number }>,
): CommentNode[] {
  return tokens.map((token) => ({
    text: token.image.slice(2),
    range: { start: token.startOffset, end: token.startOffset + token.image.length },
  }));
}

function collectItemEnds(builder: IdrsParser["builder"]): Set<number> {
  const ends = new Set<number>();
  for (const rule of builder.rules) {
    for (const step of rule.steps) for (const item of step.items) ends.add(item.range.end);
  }
  for (const fragment of builder.fragments)
    for (const item of fragment.items) ends.add(item.range.end);
  return ends;
}

/**
 * Returns the index of the first token of the parser's input at or after `token`'s offset:
 * the token before `token` is at the index minus one. chevrotain's own `previousToken` is the
 * last token skipped when the error was found during re-synchronization, so it is not used.
 */
function tokenIndex(tokens: readonly IToken[], token: IToken): number {
  const offset = token.startOffset;
  if (Number.isNaN(offset)) return tokens.length;
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as IToken).startOffset < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * True when unexpected characters or an unterminated string lie between the token before the
 * error and the offending token: the lexical diagnostic already explains this error.
 */
function followsSyntaxProblem(
  previous: IToken | undefined,
  actual: IToken,
  problems: readonly TextRange[],
): boolean {
  if (problems.length === 0) return false;
  const from = previous ? previous.startOffset : 0;
  const actualStart = actual.startOffset;
  const to = Number.isNaN(actualStart) ? Number.POSITIVE_INFINITY : actualStart;
  return problems.some((problem) => problem.start >= from && problem.start <= to);
}

/** Drops full-width diagnostics inside text that recovery skipped, which is part of that one error. */
function dropFullWidthInSkippedText(
  diagnostics: Diagnostic[],
  errors: IRecognitionException[],
): void {
  const skipped: TextRange[] = [];
  for (const error of errors) {
    for (const token of error.resyncedTokens) {
      if (!Number.isNaN(token.startOffset)) {
        skipped.push({ start: token.startOffset, end: token.startOffset + token.image.length });
      }
    }
  }
  if (skipped.length === 0) return;
  for (let index = diagnostics.length - 1; index >= 0; index--) {
    const diagnostic = diagnostics[index] as Diagnostic;
    if (diagnostic.code !== FULL_WIDTH_PUNCTUATION) continue;
    const offset = diagnostic.range.start;
    if (skipped.some((range) => offset >= range.start && offset < range.end))
      diagnostics.splice(index, 1);
  }
}

/** Returns the `.idrs` grammar as chevrotain serializes it, for syntax diagrams and docs. */
export function serializedIdrsGrammar(): ISerializedGast[] {
  return idrsParser().getSerializedGastProductions();
}
