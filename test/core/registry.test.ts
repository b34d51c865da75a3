import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { allLintRules, lintRuleInfo, ruleDocsUrl } from "../../packages/core/src/lint/registry.js";

const rulesFolder = fileURLToPath(new URL("../../packages/core/src/lint/rules/", import.meta.url));

describe("lint rule registry", () => {
  it("has unique kebab-case codes", () => {
    const codes = allLintRules().map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it("registers one rule per file in lint/rules, each with a test beside it", () => {
    const files = readdirSync(rulesFolder);
    const sources = files.filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));
    expect(sources).toHaveLength(allLintRules().length);
    for (const rule of allLintRules().filter((candidate) => candidate.check)) {
      const source = sources.find(
        (name) =>
          name.replace(/\.ts$/, "").replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`) ===
          rule.code,
      );
      expect(source, `no file for ${rule.code}`).toBeDefined();
      expect(files, `no test for ${rule.code}`).toContain(source?.replace(/\.ts$/, ".test.ts"));
    }
  });

  it("gives checks to checking phases only", () => {
    for (const rule of allLintRules()) {
      const checks = rule.phase === "document" || rule.phase === "workspace";
      expect(Boolean(rule.check), rule.code).toBe(checks);
    }
  });

  it("describes rules for hosts in both locales", () => {
    const info = allLintRules()
      .map(lintRuleInfo)
      .find((entry) => entry.code === "step-gap");
    expect(info?.docsPath).toEqual({
      en: "docs/rules/step-gap.md",
      "zh-CN": "docs/rules/step-gap.zh-CN.md",
    });
    expect(info?.summary.en).not.toBe(info?.summary["zh-CN"]);
    expect(info?.defaultSeverity).toBe("warning");
  });

  it("links to the docs pages", () => {
    expect(ruleDocsUrl("step-gap", "en")).toBe(
      "https://github.com/idrs-rules/idrs-rules/blob/main/docs/rules/step-gap.md",
    );
    expect(ruleDocsUrl("step-gap", "zh-CN")).toBe(
      "https://github.com/idrs-rules/idrs-rules/blob/main/docs/rules/step-gap.zh-CN.md",
    );
  });
});
