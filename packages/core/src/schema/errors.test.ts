import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../diagnostics.js";
import { translate } from "../i18n/translate.js";
import { parseRuleJson } from "../json/parse-rule.js";
import { scanJson } from "../json/scanner.js";
import { LineIndex } from "../text/range.js";
import { schemaErrorsToDiagnostics } from "./errors.js";
import { configValidator, contentValidator } from "./validators.js";

/** Zero-based line and column of a diagnostic's start and end, as "line:column-line:column". */
function place(text: string, diagnostic: Diagnostic): string {
  const { start, end } = new LineIndex(text).rangeAt(diagnostic.range);
  return `${start.line}:${start.character}-${end.line}:${end.character}`;
}

const ruleFile = `{
  "name": "XX人寿 终身寿险",
  "content": [
    {"sequence": 1, "actions": [{"name": "id_card_recognize"}]},
    {"sequence": 2, "actoins": [{"name": "sign_recognize"}]},
    {"sequence": -3, "actions": [{"name": ""}, {"nmae": "face_track"}]},
    {"sequence": "4", "actions": []}
  ]
}`;

describe("schema errors as diagnostics", () => {
  const diagnostics = parseRuleJson(ruleFile, {
    uri: "a.rule.json",
    locale: "en",
  }).parseDiagnostics;
  const find = (code: string, startsWith: string) => {
    const found = diagnostics.filter(
      (d) => d.code === code && ruleFile.slice(d.range.start).startsWith(startsWith),
    );
    expect(found, `${code} at ${startsWith}`).toHaveLength(1);
    return found[0] as Diagnostic;
  };

  test("unknown property points at the key", () => {
    const diagnostic = find("unknown-property", '"actoins"');
    expect(place(ruleFile, diagnostic)).toBe("4:20-4:29");
    expect(diagnostic.message).toBe(
      'Entry 2 of content (sequence 2) has an unknown property "actoins". Did you mean "actions"? Allowed: sequence, actions.',
    );
  });

  test("unknown property offers a rename", () => {
    const diagnostic = find("unknown-property", '"actoins"');
    expect(diagnostic.fixes).toHaveLength(1);
    expect(diagnostic.fixes[0]?.edits).toEqual([{ range: diagnostic.range, newText: '"actions"' }]);
  });

  test("missing property points at the opening brace", () => {
    const missing = diagnostics.filter(
      (d) => d.code === "invalid-content" && ruleFile[d.range.start] === "{",
    );
    expect(missing.map((d) => place(ruleFile, d))).toEqual(["4:4-4:5", "5:47-5:48"]);
  });

  test("out-of-range and wrong-type values point at the value", () => {
    expect(place(ruleFile, find("invalid-content", "-3"))).toBe("5:17-5:19");
    expect(place(ruleFile, find("invalid-content", '"4"'))).toBe("6:17-6:20");
    expect(place(ruleFile, find("invalid-content", '""'))).toBe("5:42-5:44");
  });

  test("one diagnostic per place", () => {
    const places = diagnostics.map((d) => `${d.range.start}-${d.range.end}`);
    expect(new Set(places).size).toBe(places.length);
    expect(diagnostics).toHaveLength(7);
  });

  test("messages never show a JSON pointer", () => {
    for (const diagnostic of diagnostics) {
      expect(diagnostic.message).not.toMatch(/\/content|\/\d|#\//);
    }
  });

  test("zh-CN names the same places", () => {
    const zh = parseRuleJson(ruleFile, { uri: "a.rule.json", locale: "zh-CN" }).parseDiagnostics;
    expect(zh.map((d) => [d.code, d.range])).toEqual(diagnostics.map((d) => [d.code, d.range]));
    const unknown = zh.find((d) => d.code === "unknown-property" && d.args.property === "actoins");
    expect(unknown?.message).toBe(
      "content 的第 2 项（sequence 2）包含未知属性“actoins”，是否应为“actions”？允许的属性：sequence、actions。",
    );
  });

  test("step without a number sequence is named by position only", () => {
    const diagnostic = find("invalid-content", '"4"');
    expect(diagnostic.message).toBe(translate("en", "json.schema.wrong-type", diagnostic.args));
    expect(diagnostic.args.where).toBe("The sequence of entry 4 of content");
  });
});

describe("collapsing ajv errors", () => {
  const configDiagnostics = (text: string) => {
    const tree = scanJson(text);
    if (!tree) throw new Error("test text must be JSON");
    const validate = configValidator();
    expect(validate(JSON.parse(text))).toBe(false);
    return schemaErrorsToDiagnostics(validate.errors, {
      tree,
      uri: "c.json",
      locale: "en",
      kind: "config",
    });
  };

  test("anyOf with no matching type gives one diagnostic", () => {
    const text = '{"actions": [{"name": "x", "scope": "step", "title": 5}]}';
    const diagnostics = configDiagnostics(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.code).toBe("invalid-config");
    expect(text.slice(diagnostics[0]?.range.start, diagnostics[0]?.range.end)).toBe("5");
    expect(diagnostics[0]?.args.expected).toBe("a string or an object");
  });

  test("anyOf keeps the branch the user was writing", () => {
    const text = '{"actions": [{"name": "x", "scope": "step", "title": {"en": 1}}]}';
    const diagnostics = configDiagnostics(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.args.where).toBe('The setting "actions[0].title.en"');
    expect(diagnostics[0]?.args.expected).toBe("a string");
  });

  test("the same $ref failing twice keeps both places", () => {
    const text =
      '{"actions": [{"name": "x", "scope": "step", "title": {"en": 1}}, {"name": "y", "scope": "step", "title": 2}]}';
    const diagnostics = configDiagnostics(text);
    expect(diagnostics.map((d) => text.slice(d.range.start, d.range.end))).toEqual(["1", "2"]);
  });

  test("a wrong type hides the enum error of the same value", () => {
    const text = '{"deploy": {"pullFormat": 1}}';
    const diagnostics = configDiagnostics(text);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toBe(
      translate("en", "json.schema.not-allowed-value", diagnostics[0]?.args ?? {}),
    );
  });

  test("several missing properties of one object are one diagnostic", () => {
    const text = "[{}]";
    const tree = scanJson(text);
    const validate = contentValidator();
    expect(validate(JSON.parse(text))).toBe(false);
    const diagnostics = schemaErrorsToDiagnostics(validate.errors, {
      tree: tree as NonNullable<typeof tree>,
      uri: "c.json",
      locale: "en",
      kind: "content",
    });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]?.message).toBe(
      'Entry 1 of content is missing the required properties "sequence" and "actions".',
    );
    expect(diagnostics[0]?.range).toEqual({ start: 1, end: 2 });
  });

  test("an enum typo suggests the allowed value", () => {
    const text = '{"rules": {"unknown-action": "warn"}}';
    const [diagnostic] = configDiagnostics(text);
    expect(diagnostic?.args.suggestion).toBe("warning");
    expect(diagnostic?.fixes[0]?.edits[0]).toEqual({
      range: { start: 29, end: 35 },
      newText: '"warning"',
    });
  });

  test("endpoint format has its own message", () => {
    const text = '{"deploy": {"endpoint": "ftp://x y"}}';
    const [diagnostic] = configDiagnostics(text);
    expect(diagnostic?.message).toBe(
      translate("en", "json.schema.endpoint", diagnostic?.args ?? {}),
    );
  });
});
