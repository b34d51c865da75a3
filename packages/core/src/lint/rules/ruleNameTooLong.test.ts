import { describe, expect, it } from "vitest";
import { lintWith } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { ruleNameTooLong } from "./ruleNameTooLong.js";

const named = (name: string) =>
  buildIdrsDocument("a.idrs", { rules: [{ name, steps: [{ sequence: 1, items: ["a"] }] }] });

describe("rule-name-too-long", () => {
  it("counts characters, not bytes, against the default 64", () => {
    expect(lintWith(ruleNameTooLong, [named("寿".repeat(64))])).toEqual([]);
    const diagnostics = lintWith(ruleNameTooLong, [named("寿".repeat(65))]);
    expect(diagnostics.map((diagnostic) => diagnostic.args)).toEqual([{ length: 65, limit: 64 }]);
  });

  it("counts a character outside the BMP once", () => {
    expect(lintWith(ruleNameTooLong, [named("𠀀".repeat(64))])).toEqual([]);
  });

  it("uses the configured limit", () => {
    expect(
      lintWith(ruleNameTooLong, [named("abcdef")], { limits: { maxNameLength: 5 } }),
    ).toHaveLength(1);
    expect(lintWith(ruleNameTooLong, [named("abcde")], { limits: { maxNameLength: 5 } })).toEqual(
      [],
    );
  });
});
