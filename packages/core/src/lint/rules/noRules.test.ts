import { describe, expect, it } from "vitest";
import { lintWith } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { noRules } from "./noRules.js";

describe("no-rules", () => {
  it("reports a file with nothing declared", () => {
    const diagnostics = lintWith(noRules, [buildIdrsDocument("a.idrs", {})]);
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ["no-rules", { start: 0, end: 0 }],
    ]);
  });

  it("stays silent when the file could not be read", () => {
    const document = buildIdrsDocument("a.idrs", {});
    document.parseDiagnostics.push({
      code: "syntax-error",
      severity: "error",
      uri: "a.idrs",
      range: { start: 0, end: 1 },
      message: "x",
      args: {},
      fixes: [],
      related: [],
    });
    expect(lintWith(noRules, [document])).toEqual([]);
  });

  it("accepts a file with only a fragment", () => {
    expect(
      lintWith(noRules, [
        buildIdrsDocument("a.idrs", { fragments: [{ name: "F", items: ["a"] }] }),
      ]),
    ).toEqual([]);
  });
});
