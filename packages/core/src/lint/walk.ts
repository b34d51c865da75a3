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

/** Returns every action written in the document, in rules and in fragments, in text order per list. */
export function actionItems(document: RuleDocument): ActionItem[] {
  return itemLists(document)
    .flat()
    .filter((item): item is ActionItem => item.type === "action");
}

export function fragmentUses(document: RuleDocument): FragmentUse[] {
  return itemLists(document)
    .flat()
    .filter((item): item is FragmentUse => item.type === "use");
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
  return document.parseDiagnostics.some(
    (diagnostic) =>
      diagnostic.severity === "error" &&
      diagnostic.range.start >= range.start &&
      diagnostic.range.start <= range.end,
  );
}
