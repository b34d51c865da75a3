import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { fragmentCycle } from "./fragmentCycle.js";

describe("fragment-cycle", () => {
  it("reports each cycle once, at its first declaration", () => {
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

  it("reports a cycle closing a chain of 6000 fragments once", () => {
    const count = 6000;
    const fragments = Array.from({ length: count }, (_, index) => ({
      name: `f${index}`,
      items: [{ use: `f${(index + 1) % count}` }],
    }));
    const document = buildIdrsDocument("a.idrs", { fragments });
    const diagnostics = lintWith(fragmentCycle, [document]);

    expect(diagnostics.map((diagnostic) => diagnostic.args.name)).toEqual(["f0"]);
    expect(String(diagnostics[0]?.args.path).split(" → ")).toHaveLength(count + 1);
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
