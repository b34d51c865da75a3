import { describe, expect, it } from "vitest";
import { cliCatalogs, countMessage, message } from "../src/i18n/index.js";

const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("CLI message catalogs", () => {
  const { en, "zh-CN": zhCN } = cliCatalogs();

  it("have the same keys", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  it("have the same placeholders per key", () => {
    for (const key of Object.keys(en) as Array<keyof typeof en>) {
      expect(placeholders(zhCN[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("have no empty message", () => {
    for (const catalog of [en, zhCN]) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe("");
    }
  });

  it("write Chinese in the zh-CN help texts", () => {
    for (const key of [
      "lint.help",
      "fmt.help",
      "compile.help",
      "decompile.help",
      "help.global",
    ] as const) {
      expect(zhCN[key], key).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("message rendering", () => {
  it("fills placeholders", () => {
    expect(message("en", "path.notFound", { path: "x.idrs" })).toContain('"x.idrs"');
  });

  it("picks singular and plural forms", () => {
    expect(countMessage("en", "summary.error", 1)).toBe("1 error");
    expect(countMessage("en", "summary.error", 3)).toBe("3 errors");
    expect(countMessage("zh-CN", "summary.error", 3)).toBe("3 个错误");
  });
});
