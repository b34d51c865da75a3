import { describe, expect, it } from "vitest";
import type { Diagnostic, Severity } from "../diagnostics.js";
import { applySeverity, ruleSettingsFor, workspaceRelativePath } from "./severity.js";

function diagnostic(code: string, severity: Severity): Diagnostic {
  return {
    code,
    severity,
    uri: "a.idrs",
    range: { start: 0, end: 1 },
    message: code,
    args: {},
    fixes: [],
    related: [],
  };
}

describe("ruleSettingsFor", () => {
  const config = {
    rules: { "step-gap": "error" as const, "sdk-only-action": "off" as const },
    overrides: [
      { files: ["legacy/**"], rules: { "step-gap": "off" as const } },
      { files: ["legacy/keep/*.idrs"], rules: { "step-gap": "info" as const } },
    ],
  };

  it("applies rules, then matching overrides in order", () => {
    expect(ruleSettingsFor(config, "rules/a.idrs").get("step-gap")).toBe("error");
    expect(ruleSettingsFor(config, "legacy/a.idrs").get("step-gap")).toBe("off");
    expect(ruleSettingsFor(config, "legacy/keep/a.idrs").get("step-gap")).toBe("info");
    expect(ruleSettingsFor(config, "legacy/keep/a.idrs").get("sdk-only-action")).toBe("off");
  });

  it("is empty without configuration", () => {
    expect(ruleSettingsFor(undefined, "a.idrs").size).toBe(0);
  });
});

describe("applySeverity", () => {
  it("drops off, replaces severities and keeps unconfigured ones", () => {
    const settings = new Map([
      ["step-gap", "error" as const],
      ["sdk-only-action", "off" as const],
    ]);
    const result = applySeverity(
      [
        diagnostic("step-gap", "warning"),
        diagnostic("sdk-only-action", "warning"),
        diagnostic("unknown-action", "error"),
      ],
      settings,
    );
    expect(result.map((entry) => [entry.code, entry.severity])).toEqual([
      ["step-gap", "error"],
      ["unknown-action", "error"],
    ]);
  });

  it("never changes locked rules", () => {
    const settings = new Map([
      ["syntax-error", "off" as const],
      ["invalid-json", "warning" as const],
    ]);
    const result = applySeverity(
      [diagnostic("syntax-error", "error"), diagnostic("invalid-json", "error")],
      settings,
    );
    expect(result.map((entry) => entry.severity)).toEqual(["error", "error"]);
  });
});

describe("workspaceRelativePath", () => {
  it.each([
    ["/repo/rules/a.idrs", "/repo", "rules/a.idrs"],
    ["/repo/rules/a.idrs", "/repo/", "rules/a.idrs"],
    ["file:///repo/a.idrs", "file:///repo", "a.idrs"],
    ["C:\\repo\\a.idrs", "C:\\repo", "a.idrs"],
    ["/other/a.idrs", "/repo", "/other/a.idrs"],
    ["/repository/a.idrs", "/repo", "/repository/a.idrs"],
    ["/repo/a.idrs", undefined, "/repo/a.idrs"],
  ])("%s under %s is %s", (uri, root, expected) => {
    expect(workspaceRelativePath(uri, root)).toBe(expected);
  });
});
