import { describe, expect, it } from "vitest";
import { applyEdits, lintWith } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { ruleNameWhitespace } from "./ruleNameWhitespace.js";

const named = (name: string) =>
  buildIdrsDocument("a.idrs", { rules: [{ name, steps: [{ sequence: 1, items: ["a"] }] }] });

describe("rule-name-whitespace", () => {
  it.each([
    [" 终身寿险", '"终身寿险"'],
    ["终身寿险\u3000", '"终身寿险"'],
    ["\t a b ", '"a b"'],
  ])("offers to trim %j, not as a preferred fix", (name, expected) => {
    const document = named(name);
    const [diagnostic, ...rest] = lintWith(ruleNameWhitespace, [document]);

    expect(rest).toEqual([]);
    // Trimming renames the deployed rule, so `--fix` must not apply it unasked.
    expect(diagnostic?.fixes[0]?.isPreferred).toBe(false);
    expect(applyEdits(document.text, diagnostic?.fixes[0]?.edits)).toBe(
      document.text.replace(JSON.stringify(name), expected),
    );
  });

  it.each(["a b", "终身寿险", "", "  "])("stays silent on %j", (name) => {
    expect(lintWith(ruleNameWhitespace, [named(name)])).toEqual([]);
  });
});
