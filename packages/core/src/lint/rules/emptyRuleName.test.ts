import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { emptyRuleName } from "./emptyRuleName.js";

const named = (name: string) =>
  buildIdrsDocument("a.idrs", { rules: [{ name, steps: [{ sequence: 1, items: ["a"] }] }] });

describe("empty-rule-name", () => {
  it.each(["", "   ", "\u3000", " \t "])("reports the name %j", (name) => {
    const document = named(name);
    const diagnostics = lintWith(emptyRuleName, [document]);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["empty-rule-name"]);
    expect(rangeText(document, diagnostics[0])).toBe(JSON.stringify(name));
  });

  it.each(["R", " R ", "身份核验"])("accepts the name %j", (name) => {
    expect(lintWith(emptyRuleName, [named(name)])).toEqual([]);
  });
});
