import { describe, expect, it } from "vitest";
import { nearestName } from "../src/cli/suggest.js";

describe("nearestName", () => {
  const commands = ["lint", "fmt", "compile", "decompile", "pull", "plan", "apply"];

  it("finds a swapped-letter typo", () => {
    expect(nearestName("lnit", commands)).toBe("lint");
  });

  it("finds a missing letter", () => {
    expect(nearestName("compil", commands)).toBe("compile");
  });

  it("ignores case", () => {
    expect(nearestName("LINT", commands)).toBe("lint");
  });

  it("returns nothing for an unrelated word", () => {
    expect(nearestName("deploy-everything", commands)).toBeUndefined();
  });
});
