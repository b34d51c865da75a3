import { describe, expect, test } from "vitest";
import { LineIndex } from "../text/range.js";
import { parseConfig } from "./parse-config.js";

const options = { uri: "idrs.config.json", locale: "en" as const };
const knownRuleCodes = ["unknown-action", "empty-step", "invalid-json"];

describe("parseConfig", () => {
  test("reads a valid configuration unchanged", () => {
    const config = {
      rules: { "unknown-action": "error" },
      overrides: [{ files: ["legacy/**"], rules: { "empty-step": "off" } }],
      limits: { maxNameLength: 64, maxContentBytes: 65536 },
      include: ["rules/**"],
      exclude: ["rules/drafts/**"],
      deploy: {
        endpoint: "idrsservice.cn-shanghai-finance-1.aliyuncs.com",
        pullFormat: "json",
        concurrency: 2,
      },
    };
    const result = parseConfig(JSON.stringify(config, null, 2), { ...options, knownRuleCodes });
    expect(result.diagnostics).toEqual([]);
    expect(result.config).toEqual(config);
  });

  test("project actions become custom catalog entries", () => {
    const text = JSON.stringify({
      actions: [
        { name: "voice_print_check", scope: "step", title: { "zh-CN": "声纹核验" } },
        {
          name: "screen_record",
          scope: "recording",
          title: "Screen recording",
          description: { en: "Records the screen" },
        },
        { name: "bare", scope: "step", status: "custom" },
      ],
    });
    const { config, diagnostics } = parseConfig(text, options);
    expect(diagnostics).toEqual([]);
    expect(config.actions).toEqual([
      {
        name: "voice_print_check",
        scope: "step",
        status: "custom",
        title: { en: "声纹核验", "zh-CN": "声纹核验" },
        description: { en: "", "zh-CN": "" },
      },
      {
        name: "screen_record",
        scope: "recording",
        status: "custom",
        title: { en: "Screen recording", "zh-CN": "Screen recording" },
        description: { en: "Records the screen", "zh-CN": "Records the screen" },
      },
      {
        name: "bare",
        scope: "step",
        status: "custom",
        title: { en: "bare", "zh-CN": "bare" },
        description: { en: "", "zh-CN": "" },
      },
    ]);
  });

  test("schema errors are placed and the valid settings kept", () => {
    const text = `{
  "rules": {"unknown-action": "warn", "empty-step": "off"},
  "deploy": {"endpoint": "ftp://bad host", "profile": "prod"},
  "overrides": [{"files": []}, {"files": ["a/**"], "rules": {"empty-step": "error"}}],
  "limit": {}
}`;
    const { config, diagnostics } = parseConfig(text, options);
    const lines = new LineIndex(text);
    expect(diagnostics.map((d) => [d.code, d.severity, lines.positionAt(d.range.start)])).toEqual([
      ["invalid-config", "error", { line: 1, character: 30 }],
      ["invalid-config", "error", { line: 2, character: 25 }],
      ["invalid-config", "error", { line: 3, character: 16 }],
      ["invalid-config", "error", { line: 3, character: 26 }],
      ["invalid-config", "error", { line: 4, character: 2 }],
    ]);
    expect(config).toEqual({
      rules: { "empty-step": "off" },
      deploy: { profile: "prod" },
      overrides: [{ files: ["a/**"], rules: { "empty-step": "error" } }],
    });
  });

  test("unknown top-level setting suggests the right one", () => {
    const { diagnostics } = parseConfig('{"limit": {}}', options);
    expect(diagnostics[0]?.args.suggestion).toBe("limits");
    expect(diagnostics[0]?.fixes[0]?.edits[0]).toEqual({
      range: { start: 1, end: 8 },
      newText: '"limits"',
    });
  });

  test("rule codes that are not kebab-case are errors", () => {
    const text = '{"rules": {"Unknown_Action": "error"}}';
    const { config, diagnostics } = parseConfig(text, { ...options, knownRuleCodes });
    expect(
      diagnostics.map((d) => [d.code, d.severity, text.slice(d.range.start, d.range.end)]),
    ).toEqual([["invalid-config", "error", '"Unknown_Action"']]);
    expect(config).toEqual({ rules: {} });
  });

  test("settings of locked rules are warnings", () => {
    const text =
      '{"rules": {"invalid-json": "off"}, "overrides": [{"files": ["x"], "rules": {"invalid-json": "warning"}}]}';
    const lockedRuleCodes = ["invalid-json"];
    const { diagnostics } = parseConfig(text, { ...options, knownRuleCodes, lockedRuleCodes });
    expect(
      diagnostics.map((d) => [d.code, d.severity, text.slice(d.range.start, d.range.end)]),
    ).toEqual([
      ["invalid-config", "warning", '"invalid-json"'],
      ["invalid-config", "warning", '"invalid-json"'],
    ]);
  });

  test("unknown rule codes are warnings with a suggestion", () => {
    const text =
      '{"rules": {"unknown-actions": "error", "brand-new-rule": "off"}, "overrides": [{"files": ["x"], "rules": {"empty-steps": "off"}}]}';
    const { config, diagnostics } = parseConfig(text, { ...options, knownRuleCodes });
    expect(
      diagnostics.map((d) => [
        d.code,
        d.severity,
        text.slice(d.range.start, d.range.end),
        d.args.suggestion,
      ]),
    ).toEqual([
      ["invalid-config", "warning", '"unknown-actions"', "unknown-action"],
      ["invalid-config", "warning", '"brand-new-rule"', undefined],
      ["invalid-config", "warning", '"empty-steps"', "empty-step"],
    ]);
    // Unknown codes stay in the configuration: they are harmless and may belong to a newer version.
    expect(config.rules).toEqual({ "unknown-actions": "error", "brand-new-rule": "off" });
  });

  test("without known codes, rule codes are not checked", () => {
    expect(parseConfig('{"rules": {"anything-goes": "off"}}', options).diagnostics).toEqual([]);
  });

  test.each(["", "{", "// comment\n{}", "{'rules': {}}"])(
    "invalid JSON %j gives an empty configuration",
    (text) => {
      const { config, diagnostics } = parseConfig(text, options);
      expect(config).toEqual({});
      expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([["invalid-config", "error"]]);
    },
  );

  test.each(["[]", "5", "null", '"{}"'])("a %s document gives an empty configuration", (text) => {
    const { config, diagnostics } = parseConfig(text, options);
    expect(config).toEqual({});
    expect(diagnostics.map((d) => d.range)).toEqual([{ start: 0, end: text.length }]);
  });

  test("an empty object is a valid configuration", () => {
    expect(parseConfig("{}", options)).toEqual({ config: {}, diagnostics: [] });
  });

  test("zh-CN messages", () => {
    const { diagnostics } = parseConfig('{"deploy": {"concurrency": 0}}', {
      ...options,
      locale: "zh-CN",
    });
    expect(diagnostics[0]?.message).toBe("配置项“deploy.concurrency”不能小于 1，实际为 0。");
  });
});
