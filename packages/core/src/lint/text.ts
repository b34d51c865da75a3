import type { TextEdit } from "../diagnostics.js";
import type { StepItem, StepNode } from "../model/model.js";
import { isValidIdentifier } from "../syntax/matchers.js";
import { quoteString } from "../syntax/strings.js";
import type { TextRange } from "../text/range.js";

/**
 * Builds an edit that replaces a written name (quoted string or bare identifier) by another
 * name in the same notation. Returns undefined when the range contains anything else, for
 * example a whole JSON object, so a fix is never offered that could corrupt the text.
 */
export function replaceNameEdit(
  text: string,
  range: TextRange,
  newName: string,
): TextEdit | undefined {
  const written = text.slice(range.start, range.end);
  if (/^".*"$/su.test(written)) return { range, newText: quoteString(newName) };
  if (isValidIdentifier(written)) {
    return { range, newText: isValidIdentifier(newName) ? newName : quoteString(newName) };
  }
  return undefined;
}

const separatorPattern = /^[ \t\u3000\r\n]*[,，][ \t\u3000\r\n]*$/u;

/**
 * Returns the text range an item occupies in its list. In a JSON rule file an action's range is its name
 * string, so the extent grows to the enclosing `{"name": ...}` object when that object has
 * nothing else in it.
 */
function itemExtent(text: string, range: TextRange): TextRange {
  const before = /\{[ \t\r\n]*"name"[ \t\r\n]*:[ \t\r\n]*$/.exec(
    text.slice(Math.max(0, range.start - 64), range.start),
  );
  const after = /^[ \t\r\n]*\}/.exec(text.slice(range.end, range.end + 64));
  if (!before || !after) return range;
  return { start: range.start - before[0].length, end: range.end + after[0].length };
}

/**
 * Builds an edit that deletes one item of a list together with one neighbouring comma.
 * Returns undefined when the text between the items is more than blanks and one comma
 * (a comment, say), because deleting it would lose what the user wrote.
 */
export function removeListItemEdit(
  text: string,
  items: readonly StepItem[],
  index: number,
): TextEdit | undefined {
  const item = items[index];
  if (!item) return undefined;
  const extent = itemExtent(text, item.range);

  const previous = items[index - 1];
  if (previous) {
    const previousEnd = itemExtent(text, previous.range).end;
    if (!separatorPattern.test(text.slice(previousEnd, extent.start))) return undefined;
    return { range: { start: previousEnd, end: extent.end }, newText: "" };
  }

  const next = items[index + 1];
  if (next) {
    const nextStart = itemExtent(text, next.range).start;
    if (!separatorPattern.test(text.slice(extent.end, nextStart))) return undefined;
    return { range: { start: extent.start, end: nextStart }, newText: "" };
  }
  return undefined;
}

/** Returns the range of NAME inside a `use NAME` item, or the whole item when it cannot be found. */
export function useNameRange(text: string, item: TextRange): TextRange {
  const written = text.slice(item.start, item.end);
  const match = /^use[ \t\u3000\r\n]+/u.exec(written);
  if (!match) return item;
  return { start: item.start + match[0].length, end: item.end };
}

/**
 * Returns the range to report a step at: its number for `step N` and JSON steps, the keyword for
 * `throughout`, whose sequence is not written in the text.
 */
export function stepHeadRange(text: string, step: StepNode): TextRange {
  const keyword = "throughout";
  if (step.form === "throughout" && text.startsWith(keyword, step.range.start)) {
    return { start: step.range.start, end: step.range.start + keyword.length };
  }
  return step.sequenceRange;
}
