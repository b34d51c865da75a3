import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { duplicateRuleName } from "./duplicateRuleName.js";

const step = [{ sequence: 1, items: ["a"] }];

describe("duplicate-rule-name", () => {
  it("reports a name used in two files and twice in one", () => {
    const a = buildIdrsDocument("a.idrs", {
      rules: [
        { name: "终身寿险", steps: step },
        { name: "终身寿险", steps: step },
      ],
    });
    const b = buildIdrsDocument("b.idrs", { rules: [{ name: "终身寿险", steps: step }] });
    const diagnostics = lintWith(duplicateRuleName, [a, b]);

    expect(diagnostics.map((diagnostic) => diagnostic.uri)).toEqual(["a.idrs", "a.idrs", "b.idrs"]);
    expect(
      diagnostics.every(
        (diagnostic) => diagnostic.args.count === 3 && diagnostic.related.length === 2,
      ),
    ).toBe(true);
    expect(rangeText(a, diagnostics[0])).toBe('"终身寿险"');
  });

  it("accepts different names and leaves empty names alone", () => {
    const a = buildIdrsDocument("a.idrs", {
      rules: [
        { name: "A", steps: step },
        { name: "", steps: step },
      ],
    });
    const b = buildIdrsDocument("b.idrs", {
      rules: [
        { name: "B", steps: step },
        { name: "", steps: step },
      ],
    });
    expect(lintWith(duplicateRuleName, [a, b])).toEqual([]);
  });
});
