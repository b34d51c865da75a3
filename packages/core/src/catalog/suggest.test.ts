import { describe, expect, test } from "vitest";
import { editDistance, suggestNames } from "./suggest.js";

describe("editDistance", () => {
  test.each([
    ["", "", 0],
    ["", "abc", 3],
    ["abc", "", 3],
    ["actions", "actions", 0],
    ["actoins", "actions", 1],
    ["sequense", "sequence", 1],
    ["kitten", "sitting", 3],
    ["ab", "ba", 1],
    ["ca", "abc", 3],
    ["身份证", "身份", 1],
  ])("%j to %j is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("suggestNames", () => {
  test("orders by closeness, then by candidate order", () => {
    expect(suggestNames("nmae", ["sequence", "name", "actions"])).toEqual(["name"]);
    expect(suggestNames("warn", ["off", "info", "warning", "error"])).toEqual(["warning"]);
    expect(suggestNames("eror", ["off", "info", "warning", "error"])).toEqual(["error"]);
  });

  test("never suggests the input itself", () => {
    expect(suggestNames("name", ["name"])).toEqual([]);
  });

  test("respects max", () => {
    expect(
      suggestNames("a_recognize", ["b_recognize", "c_recognize", "d_recognize"], 2),
    ).toHaveLength(2);
    expect(suggestNames("a_recognize", ["b_recognize"], 0)).toEqual([]);
  });
});
