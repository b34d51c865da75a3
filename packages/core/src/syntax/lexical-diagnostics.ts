import type { ILexingResult, IToken } from "chevrotain";
import type { Diagnostic } from "../diagnostics.js";
import type { TextRange } from "../text/range.js";
import { blockCommentDiagnostic } from "./block-comment.js";
import { type DiagnosticFactory, FULL_WIDTH_PUNCTUATION, SYNTAX_ERROR } from "./diagnostic.js";
import { STRING_FULL_WIDTH_CLOSE, STRING_FULL_WIDTH_OPEN, STRING_TERMINATED } from "./strings.js";
import { halfWidthOfToken, StringLiteral } from "./tokens.js";

/** Maximum number of unexpected characters quoted in a message. */
const MAX_QUOTED_LENGTH = 20;

export interface LexicalProblems {
  diagnostics: Diagnostic[];
  /**
   * Ranges of unexpected characters and unterminated strings, in text order. A parse error
   * right after one of them is its consequence and is not reported again.
   */
  syntaxProblems: TextRange[];
}

/**
 * Reports what the lexer tolerated or dropped: full-width punctuation (one diagnostic per
 * character, with a preferred fix), unterminated strings, block comments, and runs of
 * unexpected characters (one diagnostic per run).
 */
export function lexicalDiagnostics(
  text: string,
  lexed: ILexingResult,
  factory: DiagnosticFactory,
): LexicalProblems {
  const { tokens, errors } = lexed;
  const diagnostics: Diagnostic[] = [];
  const syntaxProblems: TextRange[] = [];

  for (const token of tokens) {
    const type = token.tokenType;
    if (type === StringLiteral) {
      checkString(token, diagnostics, syntaxProblems, factory);
      continue;
    }
    // Full-width punctuation is U+FF0C and above; one comparison skips every other token.
    if (token.image.charCodeAt(0) < 0xff00) continue;
    const halfWidth = halfWidthOfToken.get(type);
    if (halfWidth !== undefined) {
      diagnostics.push(fullWidth(factory, token.startOffset, token.image, halfWidth));
    }
  }

  for (const comment of lexed.groups.blockComments ?? []) {
    diagnostics.push(blockCommentDiagnostic(text, comment, factory));
  }

  for (const error of errors) {
    const range = { start: error.offset, end: error.offset + error.length };
    const run = text.slice(range.start, range.end);
    const invisible = invisibleCodePoints(run);
    if (invisible.length > 0) {
      // Quoted, such a character would look like a space or like nothing at all.
      const codes = invisible.join(", ");
      diagnostics.push(
        factory.error(SYNTAX_ERROR, range, "syntax.unexpected-invisible", { codes }),
      );
    } else {
      const excerpt = run.length > MAX_QUOTED_LENGTH ? `${run.slice(0, MAX_QUOTED_LENGTH)}…` : run;
      const quoted = factory.message("syntax.describe.token", { token: excerpt });
      diagnostics.push(
        factory.error(SYNTAX_ERROR, range, "syntax.unexpected-characters", { text: quoted }),
      );
    }
    syntaxProblems.push(range);
  }

  syntaxProblems.sort((a, b) => a.start - b.start);
  return { diagnostics, syntaxProblems };
}

function checkString(
  token: IToken,
  diagnostics: Diagnostic[],
  syntaxProblems: TextRange[],
  factory: DiagnosticFactory,
): void {
  const flags: number = token.payload ?? 0;
  const start = token.startOffset;
  const end = start + token.image.length;
  if ((flags & STRING_FULL_WIDTH_OPEN) !== 0)
    diagnostics.push(fullWidth(factory, start, token.image.charAt(0), '"'));
  if ((flags & STRING_FULL_WIDTH_CLOSE) !== 0) {
    diagnostics.push(fullWidth(factory, end - 1, token.image.charAt(token.image.length - 1), '"'));
  }
  if ((flags & STRING_TERMINATED) === 0) {
    const range = { start, end };
    const fix = factory.fix("syntax.unterminated-string.fix", {}, { start: end, end }, '"', false);
    diagnostics.push(factory.error(SYNTAX_ERROR, range, "syntax.unterminated-string", {}, [fix]));
    syntaxProblems.push(range);
  }
}

function fullWidth(
  factory: DiagnosticFactory,
  offset: number,
  character: string,
  halfWidth: string,
): Diagnostic {
  const args = { found: character, expected: halfWidth };
  const range = { start: offset, end: offset + 1 };
  const fix = factory.fix("syntax.full-width-punctuation.fix", args, range, halfWidth, true);
  return factory.error(FULL_WIDTH_PUNCTUATION, range, "syntax.full-width-punctuation", args, [fix]);
}

/** Separators, controls and format characters (U+00A0, U+200B, U+2028...): invisible in print. */
const invisibleCharacter = /[\p{Z}\p{Cc}\p{Cf}]/u;

/** Lists the distinct invisible characters of `run` as `U+XXXX`, in order of appearance. */
function invisibleCodePoints(run: string): string[] {
  const codes: string[] = [];
  for (const character of run) {
    if (!invisibleCharacter.test(character)) continue;
    const code = `U+${(character.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
