import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { emptyStep } from "./emptyStep.js";

describe("empty-step", () => {
  it("reports a step without items and one using an empty fragment", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            { sequence: 0, throughout: true, items: [] },
            { sequence: 1, items: [{ use: "Empty" }] },
            { sequence: 2, items: ["a"] },
          ],
        },
      ],
      fragments: [{ name: "Empty", items: [] }],
    });
    const diagnostics = lintWith(emptyStep, [document]);
    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual([
      "throughout",
      "1",
    ]);
  });

  it("follows fragments declared in another file", () => {
    const rules = buildIdrsDocument("rules.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: [{ use: "F" }] }] }],
    });
    const fragments = buildIdrsDocument("fragments.idrs", {
      fragments: [{ name: "F", items: ["a"] }],
    });
    expect(lintWith(emptyStep, [rules, fragments])).toEqual([]);
  });

  it("leaves undefined and cyclic uses to their own rules", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            { sequence: 1, items: [{ use: "Missing" }] },
            { sequence: 2, items: [{ use: "Loop" }] },
          ],
        },
      ],
      fragments: [{ name: "Loop", items: [{ use: "Loop" }] }],
    });
    expect(lintWith(emptyStep, [document])).toEqual([]);
  });
});
