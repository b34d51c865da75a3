import { describe, expect, it } from "vitest";
import { readContent } from "../../packages/cli/src/deploy/content.js";
import { diffContent } from "../../packages/cli/src/deploy/diff.js";
import { renderDiff } from "../../packages/cli/src/deploy/render-plan.js";
import { content } from "./helpers.js";

const names = { remote: "甲", local: "甲" };
const diff = (before: string, after: string, ruleNames = names) =>
  diffContent(before, readContent(after) ?? [], ruleNames);

describe("diffContent", () => {
  it("classifies added checks", () => {
    const result = diff(content([1, "a"]), content([1, "a", "b"]));
    expect(result.change).toBe("adds-checks");
    expect(result.steps).toEqual([
      {
        sequence: 1,
        status: "changed",
        lines: [
          { mark: " ", action: "a" },
          { mark: "+", action: "b" },
        ],
      },
    ]);
  });

  it("classifies removed checks and removed chapters", () => {
    const result = diff(content([1, "a"], [2, "b"]), content([1, "a"]));
    expect(result.change).toBe("removes-checks");
    expect(result.steps).toEqual([
      { sequence: 2, status: "removed", lines: [{ mark: "-", action: "b" }] },
    ]);
  });

  it("classifies reordered actions", () => {
    const result = diff(content([1, "a", "b"]), content([1, "b", "a"]));
    expect(result.change).toBe("reorders");
    expect(result.steps[0]?.status).toBe("reordered");
  });

  it("classifies reordered chapters", () => {
    const result = diff(content([1, "a"], [0, "f"]), content([0, "f"], [1, "a"]));
    expect(result.change).toBe("reorders");
    expect(result.stepOrderChanged).toBe(true);
    expect(result.steps).toEqual([]);
  });

  it("classifies mixed changes", () => {
    expect(diff(content([1, "a"]), content([1, "b"])).change).toBe("mixed");
  });

  it("classifies a rename without content change", () => {
    expect(diff(content([1, "a"]), content([1, "a"]), { remote: "旧", local: "新" }).change).toBe(
      "renames",
    );
  });

  it("treats a moved check as removed and added", () => {
    const result = diff(content([1, "a"], [2, "b"]), content([1, "a", "b"], [2]));
    expect(result.change).toBe("mixed");
  });

  it("handles invalid remote content", () => {
    const result = diff("{}", content([1, "a"]));
    expect(result.remoteInvalid).toBe(true);
    expect(result.change).toBe("replaces-invalid");
  });

  it("aligns large chapters without quadratic memory", () => {
    const many = Array.from({ length: 5000 }, (_, index) => `action_${index}`);
    const shuffled = [...many].reverse();
    const result = diff(content([1, ...many]), content([1, ...shuffled]));
    expect(result.change).toBe("reorders");
    const marks = result.steps[0]?.lines.map((line) => line.mark) ?? [];
    expect(marks.filter((mark) => mark === "+")).toHaveLength(
      marks.filter((mark) => mark === "-").length,
    );
  });

  it("renders at most 40 action lines per rule", () => {
    const many = Array.from({ length: 100 }, (_, index) => `action_${index}`);
    const lines = renderDiff(diff(content([1]), content([1, ...many])), "en");
    expect(lines.filter((line) => line.trim().startsWith("+"))).toHaveLength(40);
    expect(lines.at(-1)).toContain("60");
  });
});
