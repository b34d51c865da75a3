import { describe, expect, it } from "vitest";
import { applyEdits, lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { duplicateAction } from "./duplicateAction.js";

describe("duplicate-action", () => {
  it("reports a direct repeat with a fix that removes it", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: ["a", "b", "a"] }] }],
    });
    const [diagnostic, ...rest] = lintWith(duplicateAction, [document]);

    expect(rest).toEqual([]);
    expect(diagnostic?.range).toEqual(document.rules[0]?.steps[0]?.items[2]?.range);
    expect(diagnostic?.related[0]?.range).toEqual(document.rules[0]?.steps[0]?.items[0]?.range);
    expect(diagnostic?.fixes[0]?.isPreferred).toBe(true);
    expect(applyEdits(document.text, diagnostic?.fixes[0]?.edits)).toContain("step 1: a, b\n");
  });

  it("reports fragment repeats at the use", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: ["id_card_recognize", { use: "F" }] }] }],
      fragments: [
        { name: "F", items: [{ use: "G" }] },
        { name: "G", items: ["id_card_recognize", "x", "id_card_recognize"] },
      ],
    });
    const diagnostics = lintWith(duplicateAction, [document]);

    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual(["use F"]);
    expect(diagnostics[0]?.args.fragment).toBe("F");
    expect(diagnostics[0]?.fixes).toEqual([]);
  });

  it("allows one action in different steps", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            { sequence: 1, items: ["a"] },
            { sequence: 2, items: ["a"] },
          ],
        },
      ],
    });
    expect(lintWith(duplicateAction, [document])).toEqual([]);
  });
});
