import type { ActionItem, FragmentUse, RuleDocument, StepItem } from "../model/model.js";

/** Returns every item list of a document: each step of each rule, then each fragment body. */
export function itemLists(document: RuleDocument): StepItem[][] {
  const lists: StepItem[][] = [];
  for (const rule of document.rules) {
    for (const step of rule.steps) lists.push(step.items);
  }
  for (const fragment of document.fragments) lists.push(fragment.items);
  return lists;
}

export interface WrittenItems {
  actions: ActionItem[];
  uses: FragmentUse[];
}

/**
 * Collects the actions and the fragment uses written in the document, in one pass: every
 * step of each rule, then each fragment body, in text order per list. Lint rules get both
 * from their context, which collects them once per lint run.
 */
export function writtenItems(document: RuleDocument): WrittenItems {
  const items: WrittenItems = { actions: [], uses: [] };
  const collect = (list: readonly StepItem[]) => {
    for (const item of list) {
      if (item.type === "action") items.actions.push(item);
      else items.uses.push(item);
    }
  };
  for (const rule of document.rules) {
    for (const step of rule.steps) collect(step.items);
  }
  for (const fragment of document.fragments) collect(fragment.items);
  return items;
}

/** Returns every action written in the document, in rules and in fragments, in text order per list. */
export function actionItems(document: RuleDocument): readonly ActionItem[] {
  return writtenItems(document).actions;
}

export function fragmentUses(document: RuleDocument): readonly FragmentUse[] {
  return writtenItems(document).uses;
}

/**
 * True when the reader reported an error inside `range`. The model of that part may then
 * be incomplete (a JSON step that failed the schema is left out), so rules that judge
 * absence (no step, no action) stay silent there instead of adding a second report.
 */
export function hasReadErrorIn(
  document: RuleDocument,
  range: { start: number; end: number },
): boolean {
  // Bisection: a broken file can have as many errors as steps, and rules ask once per step.
  return anyOffsetIn(readErrorStarts(document), range);
}

/** True when the ascending `offsets` hold one from `range.start` to `range.end`, both included. */
export function anyOffsetIn(
  offsets: readonly number[],
  range: { start: number; end: number },
): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((offsets[middle] as number) < range.start) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && (offsets[low] as number) <= range.end;
}

/** Sorted start offsets of each document's reader errors, computed once per document. */
const errorStartsByDocument = new WeakMap<RuleDocument, number[]>();

function readErrorStarts(document: RuleDocument): number[] {
  let starts = errorStartsByDocument.get(document);
  if (starts === undefined) {
    starts = document.parseDiagnostics
      .filter((diagnostic) => diagnostic.severity === "error")
      .map((diagnostic) => diagnostic.range.start)
      .sort((a, b) => a - b);
    errorStartsByDocument.set(document, starts);
  }
  return starts;
}
