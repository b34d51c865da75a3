import { describe, expect, it } from "vitest";
import { deployCatalogs } from "../../packages/cli/src/deploy/messages.js";

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe("deployment messages", () => {
  it("have the same keys and placeholders in both languages", () => {
    const { en, "zh-CN": zhCN } = deployCatalogs();
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });
});
