import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { unusedFragment } from "./unusedFragment.js";

describe("unused-fragment", () => {
  it("reports fragments no rule reaches, also those used only by unused ones", () => {
    const document = buildIdrsDocument("lib.idrs", {
      fragments: [
        { name: "Used", items: [{ use: "Inner" }] },
        { name: "Inner", items: ["a"] },
        { name: "Dead", items: [{ use: "DeadInner" }] },
        { name: "DeadInner", items: ["a"] },
      ],
    });
    const rules = buildIdrsDocument("rules.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: [{ use: "Used" }] }] }],
    });
    const diagnostics = lintWith(unusedFragment, [document, rules]);
    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual([
      "Dead",
      "DeadInner",
    ]);
  });

  it("accepts a fragment used by a rule in another file", () => {
    const lib = buildIdrsDocument("lib.idrs", { fragments: [{ name: "F", items: ["a"] }] });
    const rules = buildIdrsDocument("rules.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: [{ use: "F" }] }] }],
    });
    expect(lintWith(unusedFragment, [lib, rules])).toEqual([]);
  });
});
