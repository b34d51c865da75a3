import { describe, expect, it } from "vitest";
import { matchesGlob } from "./glob.js";

describe("matchesGlob", () => {
  it.each([
    ["**/*.idrs", "a.idrs"],
    ["**/*.idrs", "rules/life/a.idrs"],
    ["rules/**", "rules/a/b.idrs"],
    ["rules/**/*.rule.json", "rules/x.rule.json"],
    ["rules/**/*.rule.json", "rules/a/b/x.rule.json"],
    ["rules/*.idrs", "rules/a.idrs"],
    ["rules/?.idrs", "rules/a.idrs"],
    ["*.{idrs,json}", "rules/a.json"],
    ["{legacy,old}/**", "old/a.idrs"],
    ["a{b,c{d,e}}f", "acef"],
    ["./rules/*.idrs", "rules/a.idrs"],
    ["rules/*.idrs", "./rules/a.idrs"],
    ["寿险/*.idrs", "寿险/终身.idrs"],
    ["a\\*b", "a*b"],
    ["rules/*.idrs", "rules\\a.idrs"],
    ["a.{idrs", "a.{idrs"],
  ])("%s matches %s", (pattern, path) => {
    expect(matchesGlob(pattern, path)).toBe(true);
  });

  it.each([
    ["rules/*.idrs", "rules/a/b.idrs"],
    ["rules/?.idrs", "rules/ab.idrs"],
    ["rules/**/*.idrs", "other/a.idrs"],
    ["*.{idrs,json}", "a.txt"],
    ["a.idrs", "a.idrsx"],
    ["a.idrs", "a_idrs"],
    ["a\\*b", "axb"],
    ["rules/a.idrs", "x/rules/a.idrs"],
  ])("%s does not match %s", (pattern, path) => {
    expect(matchesGlob(pattern, path)).toBe(false);
  });
});
