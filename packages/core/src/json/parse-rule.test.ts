import { describe, expect, test } from "vitest";
import type { RuleDocument, RuleNode } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import { parseRuleJson } from "./parse-rule.js";

const options = { uri: "rules/终身寿险.rule.json", locale: "en" as const };

function onlyRule(document: RuleDocument): RuleNode {
  expect(document.rules).toHaveLength(1);
  return document.rules[0] as RuleNode;
}

const slice = (text: string, range: TextRange) => text.slice(range.start, range.end);

const example = `{
  "$schema": "../schemas/rule-file.schema.json",
  "name": "XX人寿 终身寿险 双录质检",
  "description": "适用于个人终身寿险产品的销售过程双录",
  "content": [
    {"sequence": 1, "actions": [{"name": "id_card_recognize"}]},
    {"sequence": 2, "actions": [{"name": "document_title_recognize"}, {"name": "flip_action_recognize"}]},
    {"sequence": 0, "actions": [{"name": "face_track"}, {"name": "speech_to_text"}]}
  ]
}
`;

describe("parseRuleJson", () => {
  test("reads a valid rule file without diagnostics", () => {
    const document = parseRuleJson(example, { ...options, version: 3 });
    expect(document.parseDiagnostics).toEqual([]);
    expect(document).toMatchObject({ uri: options.uri, kind: "json", version: 3, text: example });
    expect(document.fragments).toEqual([]);
    expect(document.comments).toEqual([]);
  });

  test("version defaults to 0", () => {
    expect(parseRuleJson(example, options).version).toBe(0);
  });

  test("name, description and rule ranges", () => {
    const rule = onlyRule(parseRuleJson(example, options));
    expect(rule.name).toBe("XX人寿 终身寿险 双录质检");
    expect(slice(example, rule.nameRange)).toBe('"XX人寿 终身寿险 双录质检"');
    expect(rule.description?.value).toBe("适用于个人终身寿险产品的销售过程双录");
    expect(slice(example, rule.description?.range ?? { start: 0, end: 0 })).toBe(
      '"适用于个人终身寿险产品的销售过程双录"',
    );
    expect(rule.range).toEqual({ start: 0, end: example.length - 1 });
  });

  test("steps in source order with ranges", () => {
    const rule = onlyRule(parseRuleJson(example, options));
    expect(rule.steps.map((step) => step.sequence)).toEqual([1, 2, 0]);
    for (const step of rule.steps) {
      expect(step.form).toBe("json");
      expect(step.title).toBeUndefined();
      expect(slice(example, step.sequenceRange)).toBe(String(step.sequence));
      expect(slice(example, step.range)).toMatch(/^\{"sequence": \d, "actions": \[.*\]\}$/);
    }
  });

  test("action items with name ranges", () => {
    const rule = onlyRule(parseRuleJson(example, options));
    const items = rule.steps.flatMap((step) => step.items);
    expect(items.map((item) => (item.type === "action" ? item.name : ""))).toEqual([
      "id_card_recognize",
      "document_title_recognize",
      "flip_action_recognize",
      "face_track",
      "speech_to_text",
    ]);
    for (const item of items) {
      expect(item.type).toBe("action");
      if (item.type === "action")
        expect(slice(example, item.range)).toBe(JSON.stringify(item.name));
    }
  });

  test("escaped names are decoded, ranges cover the escapes", () => {
    const text =
      '{"name": "\\u53cc\\u5f55 \\"A\\"", "content": [{"sequence": 1, "actions": [{"name": "sign\\u005frecognize"}]}]}';
    const rule = onlyRule(parseRuleJson(text, options));
    expect(rule.name).toBe('双录 "A"');
    expect(slice(text, rule.nameRange)).toBe('"\\u53cc\\u5f55 \\"A\\""');
    const item = rule.steps[0]?.items[0];
    expect(item).toMatchObject({ type: "action", name: "sign_recognize" });
  });

  test("escaped keys are recognized", () => {
    const text =
      '{"n\\u0061me": "a", "content": [{"sequence": 1, "\\u0061ctions": [{"name": "x"}]}]}';
    const document = parseRuleJson(text, options);
    expect(document.parseDiagnostics).toEqual([]);
    const rule = onlyRule(document);
    expect(rule.name).toBe("a");
    expect(rule.steps[0]?.items).toHaveLength(1);
  });

  test("offsets count UTF-16 code units past astral characters", () => {
    const text = '{"name": "𠀀𠀁", "content": [{"sequence": 1, "actions": [{"name": "x"}]}]}';
    const rule = onlyRule(parseRuleJson(text, options));
    expect(rule.nameRange).toEqual({ start: 9, end: 15 });
    expect(slice(text, rule.steps[0]?.sequenceRange ?? { start: 0, end: 0 })).toBe("1");
  });

  test("byte order mark and CRLF keep offsets into the original text", () => {
    const text = '\ufeff{\r\n  "name": "a",\r\n  "content": [{"sequence": 7, "actions": []}]\r\n}';
    const document = parseRuleJson(text, options);
    expect(document.parseDiagnostics).toEqual([]);
    const rule = onlyRule(document);
    expect(slice(text, rule.nameRange)).toBe('"a"');
    expect(slice(text, rule.steps[0]?.sequenceRange ?? { start: 0, end: 0 })).toBe("7");
    expect(rule.range.start).toBe(1);
  });

  test("steps with schema errors elsewhere stay in the model", () => {
    const text = `{"name": "a", "content": [
      {"sequence": 1, "actions": [{"name": "id_card_recognize"}], "title": "x"},
      {"sequence": 2, "actoins": []},
      {"sequence": "3", "actions": []},
      {"sequence": 4, "actions": [{"name": ""}, {"name": 5}, "sign_recognize", {"name": "sign_recognize", "x": 1}]},
      5
    ]}`;
    const document = parseRuleJson(text, options);
    const rule = onlyRule(document);
    // Step 2 lacks `actions` but keeps its chapter; "3" and 5 are no steps at all.
    expect(rule.steps.map((step) => step.sequence)).toEqual([1, 2, 4]);
    expect(rule.steps[0]?.items).toHaveLength(1);
    expect(rule.steps[1]?.items).toEqual([]);
    expect(rule.steps[2]?.items.map((item) => (item.type === "action" ? item.name : ""))).toEqual([
      "sign_recognize",
    ]);
    expect(rule.unreadSteps?.map((range) => slice(text, range))).toEqual([
      '{"sequence": "3", "actions": []}',
      "5",
    ]);
    expect(document.parseDiagnostics.map((d) => d.code).sort()).toEqual([
      "invalid-content",
      "invalid-content",
      "invalid-content",
      "invalid-content",
      "invalid-content",
      "invalid-content",
      "unknown-property",
      "unknown-property",
      "unknown-property",
    ]);
  });

  test("missing name reads as empty at the opening brace", () => {
    const text = '  {"content": [{"sequence": 1, "actions": []}]}';
    const document = parseRuleJson(text, options);
    const rule = onlyRule(document);
    expect(rule.name).toBe("");
    expect(rule.nameRange).toEqual({ start: 2, end: 3 });
    expect(rule.steps).toHaveLength(1);
    expect(document.parseDiagnostics.map((d) => [d.code, d.range])).toEqual([
      ["invalid-content", { start: 2, end: 3 }],
    ]);
  });

  test("a name that is not a string reads as empty at its value", () => {
    const text = '{"name": 42, "content": [{"sequence": 1, "actions": []}]}';
    const document = parseRuleJson(text, options);
    const rule = onlyRule(document);
    expect(rule.name).toBe("");
    expect(slice(text, rule.nameRange)).toBe("42");
    expect(document.parseDiagnostics.map((d) => [d.code, slice(text, d.range)])).toEqual([
      ["invalid-content", "42"],
    ]);
  });

  test("every entry read as a step leaves no unread steps", () => {
    expect(onlyRule(parseRuleJson(example, options))).not.toHaveProperty("unreadSteps");
  });

  test("a bare content array is reported and its steps are read", () => {
    const text = '[{"sequence": 1, "actions": [{"name": "id_card_recognize"}]}]';
    const document = parseRuleJson(text, options);
    expect(document.parseDiagnostics.map((d) => [d.code, d.range])).toEqual([
      ["invalid-content", { start: 0, end: 1 }],
    ]);
    expect(onlyRule(document).steps).toHaveLength(1);
  });

  test.each(["5", "null", '"{}"', "true"])("a %s document has no rule", (text) => {
    const document = parseRuleJson(text, options);
    expect(document.rules).toEqual([]);
    expect(document.parseDiagnostics.map((d) => d.code)).toEqual(["invalid-content"]);
  });

  test("{} reports both missing properties at the brace", () => {
    const document = parseRuleJson("{}", options);
    expect(document.parseDiagnostics).toHaveLength(1);
    expect(document.parseDiagnostics[0]?.range).toEqual({ start: 0, end: 1 });
    expect(document.parseDiagnostics[0]?.message).toBe(
      'The rule file is missing the required properties "name" and "content".',
    );
  });

  test("repeated keys are reported at each later key", () => {
    const text =
      '{"name": "a", "content": [{"sequence": 1, "sequence": 2, "actions": [{"name": "x", "name": "y"}]}], "name": "b"}';
    const document = parseRuleJson(text, options);
    const duplicates = document.parseDiagnostics.filter(
      (d) => d.args.property !== undefined && d.message.includes("more than once"),
    );
    expect(duplicates.map((d) => slice(text, d.range))).toEqual(['"sequence"', '"name"', '"name"']);
    expect(duplicates.map((d) => d.code)).toEqual([
      "invalid-content",
      "invalid-content",
      "invalid-content",
    ]);
    // The model takes the last value, as JSON.parse does.
    const rule = onlyRule(document);
    expect(rule.name).toBe("b");
    expect(rule.steps[0]?.sequence).toBe(2);
    expect(rule.steps[0]?.items[0]).toMatchObject({ type: "action", name: "y" });
  });

  test("repeated keys in a large object are found too", () => {
    const members = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`).join(", ");
    const text = `{"name": "a", "content": [{"sequence": 1, "actions": [], ${members}, "k3": 0}]}`;
    const document = parseRuleJson(text, options);
    const duplicates = document.parseDiagnostics.filter(
      (d) => d.args.property === "k3" && d.message.includes("more than once"),
    );
    expect(duplicates).toHaveLength(1);
  });

  test("deep nesting does not overflow", () => {
    const depth = 100_000;
    const text = `{"name": "a", "content": [], "x": ${"[".repeat(depth)}${"]".repeat(depth)}}`;
    const document = parseRuleJson(text, options);
    expect(document.parseDiagnostics.map((d) => d.code)).toEqual(["unknown-property"]);
  });
});
