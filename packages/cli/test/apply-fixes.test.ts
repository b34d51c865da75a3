import type { Diagnostic, TextEdit } from "@idrs-rules/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyPreferredFixes } from "../src/lint/apply-fixes.js";

function diagnostic(
  start: number,
  end: number,
  newText: string,
  options: Partial<Diagnostic> = {},
): Diagnostic {
  return {
    code: "full-width-punctuation",
    severity: "error",
    uri: "a.idrs",
    range: { start, end },
    message: "",
    args: {},
    fixes: [{ title: "fix", edits: [{ range: { start, end }, newText }], isPreferred: true }],
    related: [],
    ...options,
  };
}

describe("applyPreferredFixes", () => {
  it("applies non-overlapping fixes in one pass", () => {
    const text = "rule “甲” ｛}";
    const result = applyPreferredFixes(text, [
      diagnostic(5, 6, '"'),
      diagnostic(7, 8, '"'),
      diagnostic(9, 10, "{"),
    ]);
    expect(result.text).toBe('rule "甲" {}');
    expect(result.applied).toHaveLength(3);
  });

  it("leaves an overlapping fix for the next pass", () => {
    const result = applyPreferredFixes("abcdef", [diagnostic(1, 4, "X"), diagnostic(2, 5, "Y")]);
    expect(result.text).toBe("aXef");
    expect(result.applied).toHaveLength(1);
  });

  it("skips suppressed diagnostics and fixes that are not preferred", () => {
    const notPreferred = diagnostic(0, 1, "");
    notPreferred.fixes = [
      { title: "maybe", edits: [{ range: { start: 0, end: 1 }, newText: "" }], isPreferred: false },
    ];
    const result = applyPreferredFixes("abc", [
      notPreferred,
      diagnostic(1, 2, "", { suppressed: true }),
    ]);
    expect(result.text).toBe("abc");
    expect(result.applied).toEqual([]);
  });
});

/** The first implementation, quadratic but plain: the reference for the one in use. */
function referenceFixes(text: string, diagnostics: readonly Diagnostic[]) {
  const sortEdits = (edits: readonly TextEdit[]) =>
    [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  const overlaps = (a: TextEdit, b: TextEdit) =>
    a.range.start === b.range.start || (a.range.start < b.range.end && b.range.start < a.range.end);
  const candidates = diagnostics
    .filter((item) => !item.suppressed)
    .flatMap((item) => {
      const fix = item.fixes.find((each) => each.isPreferred);
      return fix === undefined || fix.edits.length === 0
        ? []
        : [{ diagnostic: item, edits: sortEdits(fix.edits) }];
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

describe("applyPreferredFixes against the plain algorithm", () => {
  // The edits of one fix never overlap each other: they are laid out one after another,
  // inside the text.
  const textLength = 34;
  const edits = fc
    .array(
      fc.record({ gap: fc.nat({ max: 12 }), length: fc.nat({ max: 4 }), newText: fc.string() }),
      { minLength: 1, maxLength: 3 },
    )
    .map((parts) => {
      let at = 0;
      return parts
        .map(({ gap, length, newText }) => {
          const start = at + gap;
          at = start + length + 1;
          return { range: { start, end: start + length }, newText };
        })
        .filter((edit) => edit.range.end <= textLength);
    })
    .filter((fixEdits) => fixEdits.length > 0);
  const fixDiagnostic = edits.map((fixEdits) => ({
    ...diagnostic(0, 0, ""),
    fixes: [{ title: "fix", edits: fixEdits, isPreferred: true }],
  }));

  it("applies the same fixes to the same text", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: textLength, maxLength: textLength }),
        fc.array(fixDiagnostic),
        (text, items) => {
          expect(applyPreferredFixes(text, items)).toEqual(referenceFixes(text, items));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("fixes 100,000 problems of one file in one pass", () => {
    const text = "：".repeat(100_000);
    const items = Array.from({ length: 100_000 }, (_, index) => diagnostic(index, index + 1, ":"));
    const result = applyPreferredFixes(text, items);
    expect(result.text).toBe(":".repeat(100_000));
    expect(result.applied).toHaveLength(100_000);
  });
});
