import type { IToken } from "chevrotain";
import type { Diagnostic, Fix } from "../diagnostics.js";
import { type DiagnosticFactory, SYNTAX_ERROR } from "./diagnostic.js";
import { BLOCK_COMMENT_TERMINATED } from "./matchers.js";

/**
 * Reports a block comment (`.idrs` has only `//` line comments) with one diagnostic over the
 * whole comment. The fix turns it into line comments, one per line. It is offered only when
 * nothing but whitespace follows the comment on its last line, because a line comment would
 * hide the code after it.
 */
export function blockCommentDiagnostic(
  text: string,
  token: IToken,
  factory: DiagnosticFactory,
): Diagnostic {
  const start = token.startOffset;
  const end = start + token.image.length;
  const range = { start, end };
  const fixes: Fix[] = [];
  if (restOfLineIsBlank(text, end)) {
    const lineComments = toLineComments(text, token);
    fixes.push(factory.fix("syntax.block-comment.fix", {}, range, lineComments, true));
  }
  return factory.error(SYNTAX_ERROR, range, "syntax.block-comment", {}, fixes);
}

function restOfLineIsBlank(text: string, offset: number): boolean {
  for (let index = offset; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || code === 13) return true;
    if (code !== 32 && code !== 9 && code !== 0x3000) return false;
  }
  return true;
}

/**
 * Rewrites the comment's lines as `//` comments. Later lines get the indentation of the line
 * the comment starts on. A leading `*` of a line (the usual block comment layout) is dropped,
 * and so are blank first and last lines.
 */
function toLineComments(text: string, token: IToken): string {
  const image = token.image;
  const terminated = (token.payload & BLOCK_COMMENT_TERMINATED) !== 0;
  const body = image.slice(2, terminated ? image.length - 2 : image.length);
  const lineBreak = body.includes("\r\n") ? "\r\n" : "\n";
  const lines = body.split(/\r\n|\r|\n/).map((line) => line.replace(/^[ \t\u3000]*\*?/, ""));
  if (lines.length > 1 && lines[0]?.trim() === "") lines.shift();
  if (lines.length > 1 && lines[lines.length - 1]?.trim() === "") lines.pop();

  const indent = lineIndentation(text, token.startOffset);
  return lines
    .map((line) => {
      const content = line.trimEnd();
      if (content === "") return "//";
      return content.startsWith(" ") ? `//${content}` : `// ${content}`;
    })
    .join(lineBreak + indent);
}

/** Returns the whitespace at the start of the line that contains `offset`. */
function lineIndentation(text: string, offset: number): string {
  let lineStart = offset;
  while (
    lineStart > 0 &&
    text.charCodeAt(lineStart - 1) !== 10 &&
    text.charCodeAt(lineStart - 1) !== 13
  )
    lineStart--;
  let indentEnd = lineStart;
  while (indentEnd < offset && /[ \t\u3000]/.test(text.charAt(indentEnd))) indentEnd++;
  return text.slice(lineStart, indentEnd);
}
