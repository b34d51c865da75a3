import { describe, expect, it } from "vitest";
import { applyEdits, lintWith, testCatalog } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { WorkspaceIndex } from "../../services/workspaceIndex.js";
import { runLintRules } from "../linter.js";
import { ruleNameWhitespace } from "./ruleNameWhitespace.js";

const named = (name: string) =>
  buildIdrsDocument("a.idrs", { rules: [{ name, steps: [{ sequence: 1, items: ["a"] }] }] });

function messageFor(name: string, locale: "en" | "zh-CN"): string | undefined {
  const document = named(name);
  const index = new WorkspaceIndex();
  index.update(document);
  const [diagnostic] = runLintRules(document, {
    workspace: index,
    catalog: testCatalog,
    locale,
    phases: ["document"],
    rules: [ruleNameWhitespace],
  });
  return diagnostic?.message;
}

describe("rule-name-whitespace", () => {
  it.each([
    [" 终身寿险", '"终身寿险"'],
    ["终身寿险\u3000", '"终身寿险"'],
    ["\t a b ", '"a b"'],
    ["\u00a0终身寿险", '"终身寿险"'],
  ])("offers to trim %j, not as a preferred fix", (name, expected) => {
    const document = named(name);
    const [diagnostic, ...rest] = lintWith(ruleNameWhitespace, [document]);

    expect(rest).toEqual([]);
    // Trimming renames the deployed rule, so `--fix` must not apply it unasked.
    expect(diagnostic?.fixes[0]?.isPreferred).toBe(false);
    expect(applyEdits(document.text, diagnostic?.fixes[0]?.edits)).toBe(
      document.text.replace(JSON.stringify(name), expected),
    );
  });

  it.each(["a b", "终身寿险", "", "  ", "\u00a0", "a\u3000b"])("stays silent on %j", (name) => {
    expect(lintWith(ruleNameWhitespace, [named(name)])).toEqual([]);
  });

  it.each([
    [
      "\u3000终身寿险",
      "Rule name '\u3000终身寿险' starts with a full-width space (U+3000). Most listings do not show such blanks, so the name is easily mistaken for '终身寿险'.",
    ],
    [
      "终身寿险  ",
      "Rule name '终身寿险  ' ends with 2 spaces (U+0020). Most listings do not show such blanks, so the name is easily mistaken for '终身寿险'.",
    ],
    [
      "\t终身寿险\u00a0",
      "Rule name '\t终身寿险\u00a0' starts with a tab (U+0009) and ends with a non-breaking space (U+00A0). Most listings do not show these blanks, so the name is easily mistaken for '终身寿险'.",
    ],
    [
      "  \u3000终身寿险\n",
      "Rule name '  \u3000终身寿险\n' starts with 2 spaces (U+0020), then a full-width space (U+3000) and ends with a line break (U+000A). Most listings do not show these blanks, so the name is easily mistaken for '终身寿险'.",
    ],
    [
      "终身寿险\u2003",
      "Rule name '终身寿险\u2003' ends with a blank character (U+2003). Most listings do not show such blanks, so the name is easily mistaken for '终身寿险'.",
    ],
  ])("names the blanks of %j in English", (name, expected) => {
    expect(messageFor(name, "en")).toBe(expected);
  });

  it.each([
    [
      "\u3000终身寿险",
      "规则名称“\u3000终身寿险”开头有全角空格（U+3000）。多数列表不显示这种空白，这个名称很容易被看成“终身寿险”。",
    ],
    [
      "终身寿险  ",
      "规则名称“终身寿险  ”结尾有 2 个空格（U+0020）。多数列表不显示这种空白，这个名称很容易被看成“终身寿险”。",
    ],
    [
      "  \u3000终身寿险\t",
      "规则名称“  \u3000终身寿险\t”开头有 2 个空格（U+0020），其后是全角空格（U+3000），结尾有制表符（U+0009）。多数列表不显示这些空白，这个名称很容易被看成“终身寿险”。",
    ],
    [
      "\u00a0\u00a0终身寿险",
      "规则名称“\u00a0\u00a0终身寿险”开头有 2 个不换行空格（U+00A0）。多数列表不显示这种空白，这个名称很容易被看成“终身寿险”。",
    ],
  ])("names the blanks of %j in Chinese", (name, expected) => {
    expect(messageFor(name, "zh-CN")).toBe(expected);
  });
});
