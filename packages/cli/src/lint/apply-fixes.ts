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

  const taken: TextEdit[] = [];
  const applied: Diagnostic[] = [];
  for (const candidate of candidates) {
    if (candidate.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...candidate.edits);
    applied.push(candidate.diagnostic);
  }

  let result = text;
  for (const edit of sortEdits(taken).reverse()) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return { text: result, applied };
}

function sortEdits(edits: readonly TextEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** Two edits conflict when their ranges intersect, or when both insert at the same offset. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.range.start === b.range.start) return true;
  return a.range.start < b.range.end && b.range.start < a.range.end;
}
