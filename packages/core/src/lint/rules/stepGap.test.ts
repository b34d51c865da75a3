import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { stepGap } from "./stepGap.js";

function sequences(...numbers: number[]) {
  return buildIdrsDocument("a.idrs", {
    rules: [
      {
        name: "R",
        steps: numbers.map((sequence) => ({ sequence, throughout: sequence === 0, items: ["a"] })),
      },
    ],
  });
}

describe("step-gap", () => {
  it.each([
    { numbers: [1, 2, 4], missing: ["3"] },
    { numbers: [2, 3], missing: ["1"] },
    { numbers: [1, 5, 7], missing: ["2-4", "6"] },
    { numbers: [3, 1], missing: ["2"] },
  ])("reports gaps in $numbers", ({ numbers, missing }) => {
    const diagnostics = lintWith(stepGap, [sequences(...numbers)]);
    expect(diagnostics.map((diagnostic) => diagnostic.args.missing)).toEqual(missing);
  });

  it("points at the step after the gap", () => {
    const document = sequences(1, 2, 4);
    const [diagnostic] = lintWith(stepGap, [document]);
    expect(rangeText(document, diagnostic)).toBe("4");
  });

  it.each([[[1, 2, 3]], [[0, 1, 2]], [[2, 1]], [[0]], [[1, 1, 2]]])("accepts %j", (numbers) => {
    expect(lintWith(stepGap, [sequences(...numbers)])).toEqual([]);
  });
});
