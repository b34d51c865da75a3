import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ruleNameLength } from "./ruleName.js";

describe("ruleNameLength", () => {
  test.each([
    ["", 0],
    ["终身寿险", 4],
    ["𠀀𠀁", 2],
    ["a\ud800", 2],
    ["\udc00\ud800", 2],
  ])("counts %j as %i characters", (name, length) => {
    expect(ruleNameLength(name)).toBe(length);
  });

  test("counts code points as Array.from does, for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (name) => {
        expect(ruleNameLength(name)).toBe(Array.from(name).length);
      }),
      { numRuns: 2000 },
    );
  });
});
