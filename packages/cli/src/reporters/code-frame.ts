import type { TextRange } from "@idrs-rules/core";
import { charWidth } from "../text/width.js";
import type { Palette } from "./ansi.js";
import type { FileResult } from "./types.js";

/**
 * Renders the line of a finding with a gutter and a row of carets under the range:
 *
 *   3 |   step 1: id_crd
 *     |           ^^^^^^
 *
 * Carets follow terminal columns, so wide (Chinese) characters get two. Tabs are copied
 * into the caret row, so they line up in any tab width. A range over several lines is
 * underlined to the end of its first line; an empty range gets one caret.
 */
export function codeFrame(
  file: FileResult,
  range: TextRange,
  colors: Palette,
  caretColor: (text: string) => string,
): string[] {
  if (file.text === undefined || file.lines === undefined) return [];
  const start = file.lines.positionAt(range.start);
  const end = file.lines.positionAt(range.end);
  const line = file.lines.lineText(start.line);
  const lastColumn = end.line === start.line ? end.character : line.length;

  let shown = "";
  let padding = "";
  let carets = 0;
  let index = 0;
  for (const char of line) {
    const visible = visibleChar(char);
    shown += visible;
    if (index < start.character)
      padding += char === "\t" ? "\t" : " ".repeat(visible === "" ? 0 : charWidth(visible));
    else if (index < lastColumn) carets += char === "\t" ? 1 : charWidth(visible);
    index += char.length;
  }

  const number = String(start.line + 1);
  const gutter = " ".repeat(number.length);
  return [
    `    ${colors.dim(`${number} |`)} ${shown}`,
    `    ${colors.dim(`${gutter} |`)} ${padding}${caretColor("^".repeat(Math.max(1, carets)))}`,
  ];
}

/** Control characters and the byte order mark would move the terminal cursor or vanish. */
function visibleChar(char: string): string {
  if (char === "\t") return char;
  if (char === "\ufeff") return "";
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return "\ufffd";
  return char;
}
