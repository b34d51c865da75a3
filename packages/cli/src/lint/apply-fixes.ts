import type { Diagnostic, TextEdit } from "@idrs-rules/core";

export interface FixPass {
  text: string;
  /** Diagnostics whose preferred fix was applied. */
  applied: Diagnostic[];
}

/**
 * Applies the preferred fix of each diagnostic once, in text order. A fix whose edits
 * overlap an edit already taken is left for the next pass (after a re-check), as ESLint
 * does, so two fixes never garble each other. Suppressed diagnostics are not fixed.
 */
export function applyPreferredFixes(text: string, diagnostics: readonly Diagnostic[]): FixPass {
  const candidates = diagnostics
    .filter((diagnostic) => !diagnostic.suppressed)
    .flatMap((diagnostic) => {
      const fix = diagnostic.fixes.find((item) => item.isPreferred);
      return fix === undefined || fix.edits.length === 0
        ? []
        : [{ diagnostic, edits: sortEdits(fix.edits) }];
    })
    .sort((a, b) => (a.edits[0]?.range.start ?? 0) - (b.edits[0]?.range.start ?? 0));

  // Kept sorted by start. The ranges taken never overlap, so an edit can only conflict
  // with its neighbours in that order: a file with 100,000 fixes needs no quadratic search.
  const taken: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  for (const candidate of candidates) {
    if (candidate.edits.some((edit) => conflicts(taken, edit))) continue;
    for (const edit of candidate.edits) taken.splice(firstStartingAtOrAfter(taken, edit), 0, edit);
    applied.push(candidate.diagnostic);
  }

  // One pass over the text: replacing edit by edit would copy the text once per edit.
  const parts: string[] = [];
  let copied = 0;
  for (const edit of taken) {
    parts.push(text.slice(copied, edit.range.start), edit.newText);
    copied = edit.range.end;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(""), applied };
}

/** True when `edit` overlaps an edit of `taken`, which is sorted by start. */
function conflicts(taken: readonly TextEdit[], edit: TextEdit): boolean {
  const index = firstStartingAtOrAfter(taken, edit);
  const before = taken[index - 1];
  const after = taken[index];
  return (
    (before !== undefined && overlaps(edit, before)) ||
    (after !== undefined && overlaps(edit, after))
  );
}

/** Index of the first edit of `taken` (sorted by start) that starts at or after `edit`. */
function firstStartingAtOrAfter(taken: readonly TextEdit[], edit: TextEdit): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((taken[middle] as TextEdit).range.start < edit.range.start) low = middle + 1;
    else high = middle;
  }
  return low;
}

function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** Two edits conflict when their ranges intersect, or when both insert at the same offset. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === b.range.start) return true;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}
