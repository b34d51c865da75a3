import { describe, expect, test } from "vitest";
import { jsonMessages as en } from "../i18n/en/json.js";
import { jsonMessages as zhCN } from "../i18n/zh-CN/json.js";

const placeholders = (template: string) =>
  [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("json messages", () => {
  test("both locales have the same keys", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))("%s has the same placeholders in both locales", (key) => {
    const english = en[key as keyof typeof en];
    const chinese = zhCN[key as keyof typeof zhCN];
    expect(placeholders(chinese)).toEqual(placeholders(english));
  });

  test("keys are dotted and start with json.", () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^json\.[a-z-]+(\.[a-z-]+)*$/);
  });
});
