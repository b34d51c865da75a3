import { describe, expect, it } from "vitest";
import { safeBaseName, uniqueFileName } from "../../packages/cli/src/deploy/file-names.js";

describe("safeBaseName", () => {
  it.each([
    ["XX人寿 终身寿险 双录质检", "XX人寿-终身寿险-双录质检"],
    ['a/b\\c:d*e?f"g<h>i|j', "a-b-c-d-e-f-g-h-i-j"],
    ["../../etc/passwd", "etc-passwd"],
    ["理财 😀 双录", "理财-😀-双录"],
    ["CON", "CON-rule"],
    ["trailing. ", "trailing"],
    ["tab\tand\nnewline", "tab-and-newline"],
  ])("turns %j into %j", (name, expected) => {
    expect(safeBaseName(name, "fallback")).toBe(expected);
  });

  it("uses the fallback when nothing is left", () => {
    expect(safeBaseName("///", "rule-1")).toBe("rule-1");
    expect(safeBaseName("", "rule-1")).toBe("rule-1");
  });

  it("keeps long names under 180 bytes without splitting characters", () => {
    const base = safeBaseName("终".repeat(200), "x");
    expect(Buffer.byteLength(base)).toBeLessThanOrEqual(180);
    expect(base).toBe("终".repeat(60));
  });
});

describe("uniqueFileName", () => {
  it("adds a counter on case-insensitive collisions", () => {
    const taken = new Set(["rule.idrs", "rule-2.idrs"]);
    expect(uniqueFileName("Rule", ".idrs", (name) => taken.has(name))).toBe("Rule-3.idrs");
  });
});
