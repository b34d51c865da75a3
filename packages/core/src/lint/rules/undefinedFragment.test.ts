import { describe, expect, it } from "vitest";
import { applyEdits, lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { undefinedFragment } from "./undefinedFragment.js";

describe("undefined-fragment", () => {
  it("reports the name of an undefined use with suggestions", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: [{ use: "身份核查" }] }] }],
      fragments: [{ name: "身份核验", items: ["id_card_recognize"] }],
    });
    const [diagnostic, ...rest] = lintWith(undefinedFragment, [document]);

    expect(rest).toEqual([]);
    expect(rangeText(document, diagnostic)).toBe("身份核查");
    expect(diagnostic?.fixes[0]?.isPreferred).toBe(false);
    expect(applyEdits(document.text, diagnostic?.fixes[0]?.edits)).toContain("use 身份核验\n");
  });

  it("resolves fragments declared in another file", () => {
    const rules = buildIdrsDocument("rules.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: [{ use: "F" }] }] }],
    });
    const fragments = buildIdrsDocument("lib.idrs", { fragments: [{ name: "F", items: ["a"] }] });
    expect(lintWith(undefinedFragment, [rules, fragments])).toEqual([]);
  });
});
