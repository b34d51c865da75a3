import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { emptyRule } from "./emptyRule.js";

describe("empty-rule", () => {
  it("reports a rule without steps at its name", () => {
    const document = buildIdrsDocument("a.idrs", { rules: [{ name: "空规则", steps: [] }] });
    const diagnostics = lintWith(emptyRule, [document]);
    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual(['"空规则"']);
  });

  it("accepts a rule with a step", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: ["a"] }] }],
    });
    expect(lintWith(emptyRule, [document])).toEqual([]);
  });
});

describe("empty-rule after a read error", () => {
  it("stays silent when the reader reported an error inside the rule", () => {
    const document = buildIdrsDocument("a.idrs", { rules: [{ name: "R", steps: [] }] });
    const range = document.rules[0]?.range ?? { start: 0, end: 0 };
    document.parseDiagnostics.push({
      code: "invalid-content",
      severity: "error",
      uri: "a.idrs",
      range: { start: range.start + 1, end: range.start + 2 },
      message: "x",
      args: {},
      fixes: [],
      related: [],
    });
    expect(lintWith(emptyRule, [document])).toEqual([]);
  });
});
