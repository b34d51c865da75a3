import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { duplicateStep } from "./duplicateStep.js";

describe("duplicate-step", () => {
  it("reports the repeat with the first as related", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            { sequence: 1, items: ["a"] },
            { sequence: 2, items: ["b"] },
            { sequence: 1, items: ["c"] },
          ],
        },
      ],
    });
    const diagnostics = lintWith(duplicateStep, [document]);

    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.range.start).toBe(document.rules[0]?.steps[2]?.sequenceRange.start);
    expect(diagnostics[0]?.related[0]?.range).toEqual(document.rules[0]?.steps[0]?.sequenceRange);
    expect(rangeText(document, diagnostics[0])).toBe("1");
  });

  it("counts two throughout blocks as sequence 0 twice", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            { sequence: 0, throughout: true, items: ["face_track"] },
            { sequence: 0, throughout: true, items: ["speech_to_text"] },
          ],
        },
      ],
    });
    expect(
      lintWith(duplicateStep, [document]).map((diagnostic) => diagnostic.args.sequence),
    ).toEqual([0]);
  });

  it("allows one sequence in two different rules", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        { name: "A", steps: [{ sequence: 1, items: ["a"] }] },
        { name: "B", steps: [{ sequence: 1, items: ["a"] }] },
      ],
    });
    expect(lintWith(duplicateStep, [document])).toEqual([]);
  });
});
