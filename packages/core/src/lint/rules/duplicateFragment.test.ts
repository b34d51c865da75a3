import { describe, expect, it } from "vitest";
import { lintWith } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { duplicateFragment } from "./duplicateFragment.js";

describe("duplicate-fragment", () => {
  it("reports each declaration with the others as related", () => {
    const a = buildIdrsDocument("a.idrs", { fragments: [{ name: "F", items: ["x"] }] });
    const b = buildIdrsDocument("b.idrs", {
      fragments: [
        { name: "F", items: ["y"] },
        { name: "G", items: ["y"] },
      ],
    });
    const diagnostics = lintWith(duplicateFragment, [a, b]);

    expect(
      diagnostics.map((diagnostic) => [
        diagnostic.uri,
        diagnostic.related.map((related) => related.uri),
      ]),
    ).toEqual([
      ["a.idrs", ["b.idrs"]],
      ["b.idrs", ["a.idrs"]],
    ]);
  });

  it("accepts distinct names", () => {
    const document = buildIdrsDocument("a.idrs", {
      fragments: [
        { name: "F", items: ["x"] },
        { name: "G", items: ["x"] },
      ],
    });
    expect(lintWith(duplicateFragment, [document])).toEqual([]);
  });
});
