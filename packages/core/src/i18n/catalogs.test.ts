import { describe, expect, it } from "vitest";
import { en } from "./en/index.js";
import { zhCN } from "./zh-CN/index.js";

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("message catalogs", () => {
  it("have the same keys in en and zh-CN", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))("%s has the same placeholders in both locales", (key) => {
    const english = en[key as keyof typeof en];
    const chinese = zhCN[key as keyof typeof en];
    expect(chinese, `zh-CN is missing ${key}`).toBeTypeOf("string");
    expect(placeholders(chinese)).toEqual(placeholders(english));
  });

  it("has no empty message", () => {
    for (const [key, value] of [...Object.entries(en), ...Object.entries(zhCN)]) {
      expect(value.trim(), key).not.toBe("");
    }
  });
});
