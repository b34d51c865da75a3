import type { TextRange } from "@idrs-rules/core";
import { charWidth } from "../text/width.js";
import type { Palette } from "./ansi.js";
import { escapeChar, isUnsafeChar } from "./escape.js";
import type { FileResult } from "./types.js";

/** Columns of the line shown on each side of the range; the rest is cut off with `…`. */
const contextColumns = 60;
/** Columns of a longer range that are shown (and underlined). */
const rangeColumns = 120;

/**
 * Renders the line of a finding with a gutter and a row of carets under the range:
 *
 *   3 |   step 1: id_crd
 *     |           ^^^^^^
 *
 * Carets follow terminal columns, so wide (Chinese) characters get two. Tabs are copied
 * into the caret row, so they line up in any tab width. A range over several lines is
 * underlined to the end of its first line; an empty range gets one caret. A long line
 * (a one-line `.rule.json` file) is cut to a window around the range. The gutter is
 * `gutterWidth` wide, so that the frames of one file line up.
 */
export function codeFrame(
  file: FileResult,
  range: TextRange,
  colors: Palette,
  caretColor: (text: string) => string,
  gutterWidth = 0,
): string[] {
  if (file.text === undefined || file.lines === undefined) return [];
  const start = file.lines.positionAt(range.start);
  const end = file.lines.positionAt(range.end);
  const line = file.lines.lineText(start.line);
  const lastColumn = end.line === start.line ? end.character : line.length;

  const cells = cellsAround(line, start.character);
  const first = cells.findIndex((cell) => cell.index >= start.character);
  const startCell = first === -1 ? cells.length : first;
  const rangeEnd = forward(cells, startCell, rangeColumns, (cell) => cell.index < lastColumn);
  const from = backward(cells, startCell, contextColumns);
  const to = forward(cells, rangeEnd, contextColumns);
  const cutLeft = from > 0 || cells[0]?.index !== 0;
  const cutRight = to < cells.length || (cells.at(-1)?.next ?? 0) < line.length;

  let visibleLine = cutLeft ? "…" : "";
  let padding = cutLeft ? " " : "";
  let carets = 0;
  for (let i = from; i < to; i++) {
    const cell = cells[i] as Cell;
    visibleLine += cell.text;
    if (i < startCell) padding += cell.text === "\t" ? "\t" : " ".repeat(cell.width);
    else if (i < rangeEnd) carets += cell.text === "\t" ? 1 : cell.width;
  }
  if (cutRight) visibleLine += "…";

  const number = String(start.line + 1).padStart(gutterWidth);
  const gutter = " ".repeat(number.length);
  return [
    `    ${colors.dim(`${number} |`)} ${visibleLine}`,
    `    ${colors.dim(`${gutter} |`)} ${padding}${caretColor("^".repeat(Math.max(1, carets)))}`,
  ];
}

interface Cell {
  /** The printed form: the character, or its escape. */
  text: string;
  width: number;
  /** UTF-16 offset of the character in the line, and of the one after it. */
  index: number;
  next: number;
}

/**
 * Splits the part of `line` near `column` into printable cells. Only a stretch of the line
 * is looked at, so a finding on a 200 KB line costs no more than one on a short line.
 */
function cellsAround(line: string, column: number): Cell[] {
  const reach = (contextColumns + rangeColumns) * 4;
  let low = Math.max(0, column - reach);
  let high = Math.min(line.length, column + reach);
  // Never start or end inside a surrogate pair.
  if (low > 0 && isLowSurrogate(line.charCodeAt(low))) low++;
  if (high < line.length && isLowSurrogate(line.charCodeAt(high))) high--;

  const cells: Cell[] = [];
  let index = low;
  for (const char of line.slice(low, high)) {
    const text = visibleChar(char);
    const width = text === "\t" ? 1 : [...text].reduce((sum, part) => sum + charWidth(part), 0);
    cells.push({ text, width, index, next: index + char.length });
    index += char.length;
  }
  return cells;
}

/** Takes cells from `from` on while they fit in `columns` and `keep` them; returns the end. */
function forward(
  cells: readonly Cell[],
  from: number,
  columns: number,
  keep: (cell: Cell) => boolean = () => true,
): number {
  let used = 0;
  let index = from;
  for (; index < cells.length; index++) {
    const cell = cells[index] as Cell;
    if (!keep(cell) || used + cell.width > columns) break;
    used += cell.width;
  }
  return index;
}

/** Takes cells before `before` while they fit in `columns`; returns the first one taken. */
function backward(cells: readonly Cell[], before: number, columns: number): number {
  let used = 0;
  let index = before;
  for (; index > 0; index--) {
    const width = (cells[index - 1] as Cell).width;
    if (used + width > columns) break;
    used += width;
  }
  return index;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Control characters would move the terminal cursor, and the byte order mark would vanish. */
function visibleChar(char: string): string {
  if (char === "\t") return char;
  if (char === "\ufeff") return "";
  return isUnsafeChar(char) ? escapeChar(char) : char;
}
