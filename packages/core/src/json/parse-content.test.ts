import { describe, expect, test } from "vitest";
import { type MessageKey, translate } from "../i18n/translate.js";
import { parseContentJson } from "./parse-content.js";

const options = { uri: "remote:rule/42", locale: "en" as const };
const reference =
  '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]},{"sequence":2,"actions":[{"name":"document_title_recognize"},{"name":"flip_action_recognize"},{"name":"sign_action_recognize"}]},{"sequence":3,"actions":[{"name":"sign_recognize"}]},{"sequence":0,"actions":[{"name":"face_track"},{"name":"speech_to_text"}]}]';

describe("parseContentJson", () => {
  test("reads the reference content", () => {
    const result = parseContentJson(reference, options);
    expect(result.diagnostics).toEqual([]);
    expect(result.content).toEqual(JSON.parse(reference));
    expect(result.name).toBeUndefined();
  });

  test("reads a rule file object", () => {
    const text = JSON.stringify({
      name: "终身寿险",
      description: "说明",
      content: [{ sequence: 0, actions: [] }],
    });
    const result = parseContentJson(text, options);
    expect(result).toEqual({
      content: [{ sequence: 0, actions: [] }],
      name: "终身寿险",
      description: "说明",
      diagnostics: [],
    });
  });

  test("accepts a byte order mark", () => {
    expect(parseContentJson(`\ufeff${reference}`, options).content).toHaveLength(4);
  });

  test("empty array is valid content", () => {
    expect(parseContentJson("[]", options)).toEqual({ content: [], diagnostics: [] });
  });

  test.each<[string, string, MessageKey]>([
    ["a JSON string holding {}", '"{}"', "json.content.string"],
    ["an empty object", "{}", "json.content.empty-object"],
    ["an empty object with spaces", " { } ", "json.content.empty-object"],
  ])("%s gets its own explanation", (_name, text, key) => {
    const result = parseContentJson(text, options);
    expect(result.content).toBeUndefined();
    expect(result.diagnostics).toHaveLength(1);
    const [diagnostic] = result.diagnostics;
    expect(diagnostic?.code).toBe("invalid-content");
    expect(diagnostic?.message).toBe(translate("en", key, diagnostic?.args ?? {}));
    expect(text.slice(diagnostic?.range.start, diagnostic?.range.end).trim()).toBe(text.trim());
  });

  test.each(["5", "null", "true"])("%s is not content", (text) => {
    const result = parseContentJson(text, options);
    expect(result.content).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ["invalid-content", { start: 0, end: text.length }],
    ]);
  });

  test.each(["", "not json", '[{"sequence":1,', "{'a': 1}"])(
    "invalid JSON %j gives one diagnostic",
    (text) => {
      const result = parseContentJson(text, options);
      expect(result.content).toBeUndefined();
      expect(result.diagnostics.map((d) => d.code)).toEqual(["invalid-json"]);
    },
  );

  test("invalid content gives no content and placed diagnostics", () => {
    const text =
      '[{"sequence":1,"actions":[{"name":"a","params":{}}]},{"sequence":-2,"actions":[]}]';
    const result = parseContentJson(text, options);
    expect(result.content).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, text.slice(d.range.start, d.range.end)])).toEqual(
      [
        ["unknown-property", '"params"'],
        ["invalid-content", "-2"],
      ],
    );
  });

  test("a rule file object with invalid content names its steps", () => {
    const text = '{"name": "a", "content": [{"sequence": 1}]}';
    const result = parseContentJson(text, options);
    expect(result.content).toBeUndefined();
    expect(result.diagnostics[0]?.args.where).toBe("Entry 1 of content (sequence 1)");
  });

  test.each([
    ["a step", '[{"sequence":1,"sequence":2,"actions":[{"name":"id_card_recognize"}]}]', 1],
    ["an action", '[{"sequence":1,"actions":[{"name":"a","name":"b"}]}]', 1],
    ["a rule file", '{"name":"a","content":[],"name":"b"}', 1],
    [
      "every object",
      '{"name":"a","content":[{"sequence":1,"actions":[],"actions":[]}],"name":"b"}',
      2,
    ],
  ])("a repeated key in %s gives invalid-content and no content", (_name, text, count) => {
    const result = parseContentJson(text, options);
    expect(result.content).toBeUndefined();
    expect(result.name).toBeUndefined();
    expect(result.diagnostics).toHaveLength(count);
    for (const diagnostic of result.diagnostics) {
      expect(diagnostic.code).toBe("invalid-content");
      // The later key is marked, as the `.rule.json` reader does.
      const key = text.slice(diagnostic.range.start, diagnostic.range.end);
      expect(text.indexOf(key)).toBeLessThan(diagnostic.range.start);
    }
  });

  test("a repeated key is reported beside schema errors", () => {
    const text = '[{"sequence":1,"actions":[{"name":"a","name":"b"},{"name":"c","x":1}]}]';
    const result = parseContentJson(text, options);
    expect(result.content).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.range])).toEqual([
      ["invalid-content", { start: 38, end: 44 }],
      ["unknown-property", { start: 62, end: 65 }],
    ]);
  });

  test("colons inside strings do not hide a valid text", () => {
    const text = '{"name":"a:b:c","description":"x: y","content":[{"sequence":1,"actions":[]}]}';
    const result = parseContentJson(text, options);
    expect(result.diagnostics).toEqual([]);
    expect(result.name).toBe("a:b:c");
  });

  test("zh-CN explanation for double-encoded content", () => {
    const [diagnostic] = parseContentJson('"[]"', { ...options, locale: "zh-CN" }).diagnostics;
    expect(diagnostic?.message).toBe(
      "规则内容是一个 JSON 字符串，而不是步骤数组，可能被 JSON 编码了两次，请再解码一次。",
    );
  });
});
