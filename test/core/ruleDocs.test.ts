import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { en } from "../../packages/core/src/i18n/en/index.js";
import { zhCN } from "../../packages/core/src/i18n/zh-CN/index.js";
import { allLintRules, lintRuleRegistry } from "../../packages/core/src/lint/registry.js";

const docsFolder = fileURLToPath(new URL("../../docs/rules/", import.meta.url));
const pages = readdirSync(docsFolder).filter(
  (name) => name.endsWith(".md") && !name.startsWith("README"),
);
const codes = allLintRules().map((rule) => rule.code);

const sections = {
  en: [
    "## What it checks",
    "## Why",
    "## Bad example",
    "## Good example",
    "## Options",
    "## Limitations",
  ],
  "zh-CN": ["## 检查内容", "## 原因", "## 错误示例", "## 正确示例", "## 配置", "## 局限"],
};

describe("rule docs", () => {
  it.each(codes)("%s has an en and a zh-CN page with every section", (code) => {
    for (const [locale, headings] of Object.entries(sections)) {
      const file = locale === "en" ? `${code}.md` : `${code}.zh-CN.md`;
      expect(pages, `missing docs/rules/${file}`).toContain(file);
      const text = readFileSync(`${docsFolder}${file}`, "utf8");
      expect(text.startsWith(`# \`${code}\``)).toBe(true);
      for (const heading of headings)
        expect(text, `${file} lacks ${heading}`).toContain(`\n${heading}\n`);
    }
  });

  it("has no page for an unregistered code", () => {
    const pageCodes = new Set(pages.map((name) => name.replace(/(\.zh-CN)?\.md$/, "")));
    expect([...pageCodes].filter((code) => !lintRuleRegistry.has(code))).toEqual([]);
  });

  it.each(codes)("%s is listed in both index pages", (code) => {
    expect(readFileSync(`${docsFolder}README.md`, "utf8")).toContain(`[\`${code}\`](${code}.md)`);
    expect(readFileSync(`${docsFolder}README.zh-CN.md`, "utf8")).toContain(
      `[\`${code}\`](${code}.zh-CN.md)`,
    );
  });

  it.each(allLintRules())("$code has its messages in both catalogs", (rule) => {
    expect(rule.messages.summary).toBe(`lint.${rule.code}.summary`);
    for (const key of Object.values(rule.messages)) {
      expect(en, `en lacks ${key}`).toHaveProperty([key as string]);
      expect(zhCN, `zh-CN lacks ${key}`).toHaveProperty([key as string]);
    }
  });
});
