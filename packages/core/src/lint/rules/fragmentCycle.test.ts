import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { fragmentCycle } from "./fragmentCycle.js";

describe("fragment-cycle", () => {
  it("reports every fragment on a cycle with its path", () => {
    const a = buildIdrsDocument("a.idrs", {
      fragments: [{ name: "A", items: ["x", { use: "B" }] }],
    });
    const b = buildIdrsDocument("b.idrs", {
      fragments: [
        { name: "B", items: [{ use: "A" }] },
        { name: "Self", items: [{ use: "Self" }] },
      ],
    });
    const diagnostics = lintWith(fragmentCycle, [a, b]);

    expect(diagnostics.map((diagnostic) => [diagnostic.uri, diagnostic.args.path])).toEqual([
      ["a.idrs", "A → B → A"],
      ["b.idrs", "B → A → B"],
      ["b.idrs", "Self → Self"],
    ]);
    expect(rangeText(a, diagnostics[0])).toBe("A");
  });

  it("does not report a fragment that only uses a cycle", () => {
    const document = buildIdrsDocument("a.idrs", {
      fragments: [
        { name: "Outer", items: [{ use: "Loop" }] },
        { name: "Loop", items: [{ use: "Loop" }] },
      ],
    });
    expect(lintWith(fragmentCycle, [document]).map((diagnostic) => diagnostic.args.name)).toEqual([
      "Loop",
    ]);
  });

  it("accepts a chain and a diamond", () => {
    const document = buildIdrsDocument("a.idrs", {
      fragments: [
        { name: "Top", items: [{ use: "L" }, { use: "R" }] },
        { name: "L", items: [{ use: "Base" }] },
        { name: "R", items: [{ use: "Base" }] },
        { name: "Base", items: ["a"] },
      ],
    });
    expect(lintWith(fragmentCycle, [document])).toEqual([]);
  });
});
