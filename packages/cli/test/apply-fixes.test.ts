import type { Diagnostic } from "@idrs-rules/core";
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
