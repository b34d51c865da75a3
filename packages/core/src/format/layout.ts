import type { FragmentNode, StepItem, StepNode } from "../model/model.js";
import { quoteString } from "../syntax/strings.js";
import { isValidIdentifier } from "../syntax/tokens.js";
import { displayWidth } from "./width.js";

/**
 * The canonical text of entries and item lists, shared by the formatter and the content
 * printer so that printing compiled content gives exactly the formatter's layout.
 */

/** Maximum width, in display columns, of a line that contains a whole item list. */
export const MAX_LINE_WIDTH = 100;
export const INDENT_WIDTH = 2;

/** Writes an action name as `.idrs` text: bare when it is a valid identifier, else quoted. */
export function actionText(name: string): string {
  return isValidIdentifier(name) ? name : quoteString(name);
}

export function itemText(item: StepItem): string {
  return item.type === "action" ? actionText(item.name) : `use ${item.fragment}`;
}

/** Returns the part of an entry before its `:`: `throughout`, `step N` or `step N "title"`. */
export function stepHeader(step: StepNode): string {
  if (step.form === "throughout" || (step.form === "json" && step.sequence === 0))
    return "throughout";
  const head = `step ${step.sequence}`;
  return step.title === undefined ? head : `${head} ${quoteString(step.title.value)}`;
}

export function fragmentHeader(fragment: FragmentNode): string {
  const head = `fragment ${fragment.name}`;
  return fragment.title === undefined ? head : `${head} ${quoteString(fragment.title.value)}`;
}

/** One line of output: its indentation in columns and its text. */
export interface PrintedLine {
  indent: number;
  text: string;
}

/**
 * Returns `header: a, b` when it fits in `MAX_LINE_WIDTH` columns at `indent`. A comment at
 * the end of the line does not count, so comments never change the layout of code.
 */
export function singleLineList(
  indent: number,
  header: string,
  items: readonly string[],
): string | undefined {
  const text = items.length === 0 ? `${header}:` : `${header}: ${items.join(", ")}`;
  return indent + displayWidth(text) <= MAX_LINE_WIDTH ? text : undefined;
}

/** Lays out an item list on one line when it fits, otherwise one item a line. */
export function itemListLines(
  indent: number,
  header: string,
  items: readonly string[],
): PrintedLine[] {
  const single = singleLineList(indent, header, items);
  if (single !== undefined) return [{ indent, text: single }];
  return [{ indent, text: `${header}:` }, ...multiLineItems(indent, items)];
}

/** Lays out items one a line, one level deeper than their entry, separated by commas. */
export function multiLineItems(indent: number, items: readonly string[]): PrintedLine[] {
  return items.map((text, index) => ({
    indent: indent + INDENT_WIDTH,
    text: index < items.length - 1 ? `${text},` : text,
  }));
}

export function renderLine(line: PrintedLine): string {
  return line.text === "" ? "" : " ".repeat(line.indent) + line.text;
}
