import type { CommentNode, RuleDocument } from "../model/model.js";
import type { FormatResult } from "../services/types.js";
import { FULL_WIDTH_PUNCTUATION } from "../syntax/diagnostic.js";
import { INDENT_WIDTH, renderLine } from "./layout.js";
import { type AnchoredLine, type LinePlace, layoutDocument } from "./lines.js";

/**
 * Formats a parsed `.idrs` document in the canonical layout of docs/architecture.md.
 *
 * No text is returned when the document has errors, because the model of a broken file
 * may have lost text. The exception is `full-width-punctuation`: the parser read each
 * full-width character as its half-width token, so printing the model applies those fixes
 * without losing anything. Documents read from JSON are not formatted here.
 */
export function formatIdrs(document: RuleDocument): FormatResult {
  const blocking = document.parseDiagnostics.filter(
    (diagnostic) => diagnostic.severity === "error" && diagnostic.code !== FULL_WIDTH_PUNCTUATION,
  );
  if (blocking.length > 0 || document.kind !== "idrs") return { diagnostics: blocking };

  const output = new OutputWriter(document.text);
  placeLinesAndComments(layoutDocument(document), document.comments, output);
  return { text: output.render(lineBreakOf(document.text)), diagnostics: [] };
}

/** Keeps the file's line break style: CRLF when its first line ends with one. */
function lineBreakOf(text: string): string {
  const index = text.indexOf("\n");
  return index > 0 && text.charCodeAt(index - 1) === 13 ? "\r\n" : "\n";
}

/**
 * Interleaves comments with the code lines. A comment after code on the same source line
 * ends that line. Any other comment goes on its own line before the next code line, and a
 * comment inside a line's span, such as between `step` and its number, moves before it.
 */
function placeLinesAndComments(
  lines: readonly AnchoredLine[],
  comments: readonly CommentNode[],
  output: OutputWriter,
): void {
  let next = 0;
  let previous: AnchoredLine | undefined;
  for (const line of lines) {
    while (next < comments.length && (comments[next] as CommentNode).range.start < line.end) {
      const comment = comments[next++] as CommentNode;
      if (previous && output.tryTrailing(previous, comment)) continue;
      const indent = line.place === "close" ? line.indent + INDENT_WIDTH : line.indent;
      output.comment(comment, indent, commentPlace(line.place));
    }
    output.code(line);
    previous = line;
  }
  while (next < comments.length) {
    const comment = comments[next++] as CommentNode;
    if (previous && output.tryTrailing(previous, comment)) continue;
    output.comment(comment, 0, "declaration");
  }
}

/** Returns the place whose blank-line rules apply to a comment on its own line before `place`. */
function commentPlace(place: LinePlace): LinePlace {
  return place === "close" ? "entry" : place;
}

interface OutputLine {
  indent: number;
  text: string;
  trailing?: string;
}

/** Collects output lines and decides the blank lines between them. */
class OutputWriter {
  private readonly lines: OutputLine[] = [];
  private lastCode: OutputLine | undefined;
  private lastSourceEnd = 0;
  private afterDeclaration = false;
  private afterOpenBrace = false;

  constructor(private readonly source: string) {}

  code(line: AnchoredLine): void {
    this.blankLineBefore(line.place, line.start);
    const output = { indent: line.indent, text: line.text };
    this.lines.push(output);
    this.lastCode = output;
    this.lastSourceEnd = Math.max(this.lastSourceEnd, line.end);
    this.afterOpenBrace = line.opensBody;
    this.afterDeclaration = line.endsDeclaration;
  }

  comment(comment: CommentNode, indent: number, place: LinePlace): void {
    this.blankLineBefore(place, comment.range.start);
    this.lines.push({ indent, text: `//${comment.text}` });
    this.lastSourceEnd = Math.max(this.lastSourceEnd, comment.range.end);
    this.afterOpenBrace = false;
    this.afterDeclaration = false;
  }

  /** Appends `comment` to the last code line when it follows that line's code on one source line. */
  tryTrailing(previous: AnchoredLine, comment: CommentNode): boolean {
    const last = this.lastCode;
    if (!last || last.trailing !== undefined || comment.range.start < previous.end) return false;
    if (hasLineBreak(this.source, previous.end, comment.range.start)) return false;
    last.trailing = comment.text;
    this.lastSourceEnd = Math.max(this.lastSourceEnd, comment.range.end);
    return true;
  }

  render(lineBreak: string): string {
    if (this.lines.length === 0) return "";
    const rendered = this.lines.map((line) => {
      const code = renderLine(line);
      if (line.trailing === undefined) return code;
      return code === "" ? `//${line.trailing}` : `${code} //${line.trailing}`;
    });
    return rendered.join(lineBreak) + lineBreak;
  }

  /**
   * Adds one blank line between top-level declarations. Elsewhere it keeps a blank line of
   * the source (at most one), except after `{`, before `}` and between items.
   */
  private blankLineBefore(place: LinePlace, sourceStart: number): void {
    if (this.lines.length === 0 || this.afterOpenBrace) return;
    if (place === "item" || place === "close") return;
    const blank =
      (place === "declaration" && this.afterDeclaration) ||
      hasBlankLine(this.source, this.lastSourceEnd, sourceStart);
    if (blank) this.lines.push({ indent: 0, text: "" });
  }
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let offset = from; offset < to; offset++) {
    if (isLineBreak(text.charCodeAt(offset))) return true;
  }
  return false;
}

/** True when a line holding only whitespace lies between `from` and `to`. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  let lineBreaks = 0;
  let lineHasText = false;
  for (let offset = from; offset < to; offset++) {
    const code = text.charCodeAt(offset);
    if (isLineBreak(code)) {
      if (code === 13 && text.charCodeAt(offset + 1) === 10) offset++;
      if (lineBreaks > 0 && !lineHasText) return true;
      lineBreaks++;
      lineHasText = false;
    } else if (code !== 32 && code !== 9 && code !== 0x3000) {
      lineHasText = true;
    }
  }
  return false;
}
