import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../diagnostics.js";
import { type MessageKey, translate } from "../i18n/translate.js";
import { LineIndex } from "../text/range.js";
import { parseRuleJson } from "./parse-rule.js";

function invalidJson(text: string): Diagnostic {
  const diagnostics = parseRuleJson(text, { uri: "a.rule.json", locale: "en" }).parseDiagnostics;
  expect(diagnostics).toHaveLength(1);
  const [diagnostic] = diagnostics as [Diagnostic];
  expect(diagnostic.code).toBe("invalid-json");
  expect(diagnostic.severity).toBe("error");
  return diagnostic;
}

/** Zero-based "line:column" of the diagnostic's start. */
function start(text: string, diagnostic: Diagnostic): string {
  const position = new LineIndex(text).positionAt(diagnostic.range.start);
  return `${position.line}:${position.character}`;
}

function expectExplanation(diagnostic: Diagnostic, key: MessageKey): void {
  expect(diagnostic.message).toBe(translate("en", key, diagnostic.args));
}

describe("invalid JSON", () => {
  test.each<[string, string, MessageKey, string]>([
    ["truncated object", '{\n  "name": "a",\n  "content": [', "json.syntax.unexpected-end", "2:14"],
    ["truncated string", '{"name": "a', "json.syntax.unexpected-end", "0:11"],
    ["truncated after key", '{\n  "name"', "json.syntax.unexpected-end", "1:8"],
    [
      "trailing comma in object",
      '{"name": "a",\n "content": [],\n}',
      "json.syntax.trailing-comma",
      "1:14",
    ],
    [
      "trailing comma in array",
      '{"name": "a", "content": [{"sequence": 1, "actions": []},]}',
      "json.syntax.trailing-comma",
      "0:56",
    ],
    ["line comment", '{\n  // 身份核验\n  "name": "a"}', "json.syntax.comment", "1:2"],
    ["block comment", '{"name": /* x */ "a"}', "json.syntax.comment", "0:9"],
    ["empty file", "", "json.syntax.empty", "0:0"],
    ["whitespace only", " \n\t ", "json.syntax.empty", "0:0"],
    ["byte order mark only", "\ufeff", "json.syntax.empty", "0:1"],
    ["missing comma", '{"name": "a"\n "content": []}', "json.syntax.missing-comma", "1:1"],
    ["single quotes", "{'name': 'a'}", "json.syntax.single-quote", "0:1"],
    ["full-width quote", '{"name": “a”}', "json.syntax.full-width", "0:9"],
    ["full-width comma", '{"name": "a"，"content": []}', "json.syntax.full-width", "0:12"],
    ["full-width colon", '{"name"："a"}', "json.syntax.full-width", "0:7"],
    ["raw tab in a string", '{"name": "a\tb"}', "json.syntax.control-character", "0:11"],
    ["raw line break in a string", '{"name": "a\nb"}', "json.syntax.control-character", "0:11"],
    [
      "text after the value",
      '{"name": "a", "content": []}\n{}',
      "json.syntax.trailing-data",
      "1:0",
    ],
    ["NaN", '{"name": NaN}', "json.syntax.unexpected", "0:9"],
    ["unquoted key", "{name: 1}", "json.syntax.unexpected", "0:1"],
    ["byte order mark before an error", '\ufeff{"name": }', "json.syntax.unexpected", "0:10"],
  ])("%s", (_name, text, key, position) => {
    const diagnostic = invalidJson(text);
    expectExplanation(diagnostic, key);
    expect(start(text, diagnostic)).toBe(position);
  });

  test("NaN is covered as a word", () => {
    const text = '{"name": NaN}';
    const diagnostic = invalidJson(text);
    expect(text.slice(diagnostic.range.start, diagnostic.range.end)).toBe("NaN");
  });

  test("comment range covers the comment", () => {
    const text = '{\n  // 身份核验\n  "name": "a"}';
    const diagnostic = invalidJson(text);
    expect(text.slice(diagnostic.range.start, diagnostic.range.end)).toBe("// 身份核验");
  });

  test("trailing comma fix removes the comma", () => {
    const text = '{"name": "a",}';
    const diagnostic = invalidJson(text);
    expect(diagnostic.fixes).toEqual([
      {
        title: "Remove the comma",
        edits: [{ range: { start: 12, end: 13 }, newText: "" }],
        isPreferred: true,
      },
    ]);
  });

  test("full-width fix replaces the character", () => {
    const text = '{"name"："a"}';
    const diagnostic = invalidJson(text);
    expect(diagnostic.fixes[0]?.edits).toEqual([{ range: { start: 7, end: 8 }, newText: ":" }]);
    expect(diagnostic.fixes[0]?.isPreferred).toBe(true);
  });

  test("missing comma fix inserts after the previous value", () => {
    const text = '{"name": "a"\n "content": []}';
    const diagnostic = invalidJson(text);
    expect(diagnostic.fixes[0]?.edits).toEqual([{ range: { start: 12, end: 12 }, newText: "," }]);
    expect(diagnostic.fixes[0]?.isPreferred).toBe(false);
  });

  test("missing colon is not called a missing comma", () => {
    const diagnostic = invalidJson('{"name" "a"}');
    expectExplanation(diagnostic, "json.syntax.unexpected");
  });

  test("zh-CN message", () => {
    const [diagnostic] = parseRuleJson('{"name": "a",}', {
      uri: "a.rule.json",
      locale: "zh-CN",
    }).parseDiagnostics;
    expect(diagnostic?.message).toBe("JSON 中“}”前面不能有逗号，请删除该逗号。");
  });

  test("syntax error leaves the model empty", () => {
    const document = parseRuleJson('{"name": "a",}', { uri: "a.rule.json", locale: "en" });
    expect(document.rules).toEqual([]);
    expect(document.kind).toBe("json");
  });
});
