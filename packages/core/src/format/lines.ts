import type {
  CommentNode,
  FragmentNode,
  RuleDocument,
  RuleNode,
  StepNode,
} from "../model/model.js";
import { quoteString } from "../syntax/strings.js";
import {
  fragmentHeader,
  INDENT_WIDTH,
  itemText,
  multiLineItems,
  type PrintedLine,
  singleLineList,
  stepHeader,
} from "./layout.js";

/**
 * Where a line sits, which decides the blank lines and comments around it: the first line of a
 * top-level declaration, the first line of a rule entry, an item of a multi-line list, or
 * the closing `}` of a rule.
 */
export type LinePlace = "declaration" | "entry" | "item" | "close";

/**
 * A line of formatted code with its anchor. The anchor is the span of source text the line
 * was printed from: keywords, names and items, without the punctuation. Comments are placed
 * by their position relative to these spans.
 */
export interface AnchoredLine extends PrintedLine {
  start: number;
  end: number;
  place: LinePlace;
  /** The line opens a rule body (`rule "..." {`). */
  opensBody: boolean;
  /** The line is the last one of a top-level declaration. */
  endsDeclaration: boolean;
}

/** Lays out every declaration of the document in source order, without comments. */
export function layoutDocument(document: RuleDocument): AnchoredLine[] {
  const declarations: Array<RuleNode | FragmentNode> = [...document.rules, ...document.fragments];
  declarations.sort((a, b) => a.range.start - b.range.start);

  const lines: AnchoredLine[] = [];
  const comments = document.comments;
  for (const declaration of declarations) {
    const declarationLines =
      "steps" in declaration
        ? ruleLines(declaration, comments)
        : fragmentLines(declaration, comments);
    const last = declarationLines[declarationLines.length - 1];
    if (last) last.endsDeclaration = true;
    for (const printed of declarationLines) lines.push(printed);
  }
  return lines;
}

function ruleLines(rule: RuleNode, comments: readonly CommentNode[]): AnchoredLine[] {
  const header = line(
    0,
    `rule ${quoteString(rule.name)} {`,
    rule.range.start,
    rule.nameRange.end,
    "declaration",
  );
  header.opensBody = true;
  const lines = [header];

  const entries: Array<StepNode | { description: string; start: number; end: number }> = [
    ...rule.steps,
  ];
  if (rule.description) {
    const { value, range } = rule.description;
    entries.push({ description: value, start: range.start, end: range.end });
  }
  entries.sort((a, b) => entryStart(a) - entryStart(b));

  for (const entry of entries) {
    if ("description" in entry) {
      const text = `description: ${quoteString(entry.description)}`;
      lines.push(line(INDENT_WIDTH, text, entry.start, entry.end, "entry"));
      continue;
    }
    const headerEnd = entry.title?.range.end ?? entry.sequenceRange.end;
    const entryLines = listLines(
      INDENT_WIDTH,
      stepHeader(entry),
      entry,
      headerEnd,
      "entry",
      comments,
    );
    for (const printed of entryLines) lines.push(printed);
  }

  lines.push(line(0, "}", rule.range.end - 1, rule.range.end, "close"));
  return lines;
}

function entryStart(entry: StepNode | { start: number }): number {
  return "range" in entry ? entry.range.start : entry.start;
}

function fragmentLines(fragment: FragmentNode, comments: readonly CommentNode[]): AnchoredLine[] {
  const headerEnd = fragment.title?.range.end ?? fragment.nameRange.end;
  return listLines(0, fragmentHeader(fragment), fragment, headerEnd, "declaration", comments);
}

/**
 * Lays out an entry with an item list. It stays on one line when it fits and no comment
 * sits between its header and its last item. Such a comment keeps its place only when each
 * item has a line of its own.
 */
function listLines(
  indent: number,
  header: string,
  entry: StepNode | FragmentNode,
  headerEnd: number,
  place: LinePlace,
  comments: readonly CommentNode[],
): AnchoredLine[] {
  const items = entry.items.map(itemText);
  const lastItem = entry.items[entry.items.length - 1];
  const start = entry.range.start;
  const hasInnerComment =
    lastItem !== undefined && hasCommentIn(comments, headerEnd, lastItem.range.end);

  const single = hasInnerComment ? undefined : singleLineList(indent, header, items);
  if (single !== undefined)
    return [line(indent, single, start, lastItem?.range.end ?? headerEnd, place)];

  const lines = [line(indent, `${header}:`, start, headerEnd, place)];
  multiLineItems(indent, items).forEach((printed, index) => {
    const range = (entry.items[index] as { range: { start: number; end: number } }).range;
    lines.push(line(printed.indent, printed.text, range.start, range.end, "item"));
  });
  return lines;
}

function line(
  indent: number,
  text: string,
  start: number,
  end: number,
  place: LinePlace,
): AnchoredLine {
  return { indent, text, start, end, place, opensBody: false, endsDeclaration: false };
}

/** True when a comment starts in [from, to). Comments are sorted by offset. */
function hasCommentIn(comments: readonly CommentNode[], from: number, to: number): boolean {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((comments[middle] as CommentNode).range.start < from) low = middle + 1;
    else high = middle;
  }
  const next = comments[low];
  return next !== undefined && next.range.start < to;
}
