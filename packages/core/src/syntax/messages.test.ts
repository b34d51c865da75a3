import { describe, expect, it } from "vitest";
import { syntaxMessages as en } from "../i18n/en/syntax.js";
import { syntaxMessages as zhCN } from "../i18n/zh-CN/syntax.js";

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}

describe("syntax messages", () => {
  it("have the same keys in both locales", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it("have the same placeholders in both locales", () => {
    for (const [key, template] of Object.entries(en)) {
      expect(placeholders(zhCN[key as keyof typeof zhCN]), key).toEqual(placeholders(template));
    }
  });
});
