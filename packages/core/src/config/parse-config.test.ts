import { describe, expect, test } from "vitest";
import { bundledActions, createActionCatalog } from "../catalog/catalog.js";
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

  describe("actions declared twice", () => {
    const twice = `{
  "actions": [
    {"name": "voice_print_check", "scope": "step", "title": "声纹核验"},
    {"name": "screen_record", "scope": "recording"},
    {"name": "voice_print_check", "scope": "recording"}
  ]
}`;

    test("warns at the name of the later entry", () => {
      const { diagnostics } = parseConfig(twice, { ...options, knownRuleCodes });
      const lines = new LineIndex(twice);
      expect(
        diagnostics.map((d) => [
          d.code,
          d.severity,
          lines.positionAt(d.range.start),
          twice.slice(d.range.start, d.range.end),
        ]),
      ).toEqual([["invalid-config", "warning", { line: 4, character: 13 }, '"voice_print_check"']]);
      expect(diagnostics[0]?.args).toEqual({ name: "voice_print_check", entry: 3, first: 1 });
      const related = diagnostics[0]?.related ?? [];
      expect(related.map((r) => [r.uri, lines.positionAt(r.range.start)])).toEqual([
        ["idrs.config.json", { line: 2, character: 13 }],
      ]);
    });

    test("messages in both languages", () => {
      const [en] = parseConfig(twice, options).diagnostics;
      const [zh] = parseConfig(twice, { ...options, locale: "zh-CN" }).diagnostics;
      expect(en?.message).toBe(
        'Entry 3 of "actions" declares action "voice_print_check" again (first in entry 1). The later entry replaces the earlier one; remove one of them.',
      );
      expect(en?.related[0]?.message).toBe('First declaration of action "voice_print_check"');
      expect(zh?.message).toBe(
        "“actions”的第 3 项再次声明了动作“voice_print_check”（首次在第 1 项）。后一项会替换前一项；请删除其中一项。",
      );
      expect(zh?.related[0]?.message).toBe("动作“voice_print_check”的首次声明");
    });

    test("the later entry is the one the catalog keeps", () => {
      const { config } = parseConfig(twice, options);
      const catalog = createActionCatalog(config.actions);
      expect(catalog.get("voice_print_check")).toMatchObject({
        scope: "recording",
        title: { en: "voice_print_check", "zh-CN": "voice_print_check" },
      });
    });

    test("every repeat is reported against the first entry", () => {
      const entry = '{"name": "a", "scope": "step"}';
      const text = `{"actions": [${entry}, ${entry}, ${entry}]}`;
      const { diagnostics } = parseConfig(text, options);
      const names = [...text.matchAll(/"a"/g)].map((match) => match.index);
      expect(diagnostics.map((d) => [d.args.entry, d.args.first, d.range.start])).toEqual([
        [2, 1, names[1]],
        [3, 1, names[2]],
      ]);
    });

    test("an entry the schema rejects repeats nothing", () => {
      const text =
        '{"actions": [{"name": "a", "scope": "chapter"}, {"name": "a", "scope": "step"}, {"name": "b"}, {"name": "a", "scope": "step"}]}';
      const { config, diagnostics } = parseConfig(text, options);
      expect(
        diagnostics.map((d) => [d.severity, d.args.entry ?? null, d.args.first ?? null]),
      ).toEqual([
        ["error", null, null],
        ["error", null, null],
        ["warning", 4, 2],
      ]);
      expect(config.actions?.map((action) => action.name)).toEqual(["a", "a"]);
    });

    test("a redefined bundled action is not a repeat", () => {
      const text = '{"actions": [{"name": "liveness_track", "scope": "recording"}]}';
      expect(parseConfig(text, options).diagnostics).toEqual([]);
    });

    test("redefining a bundled action twice is a repeat", () => {
      const entry = '{"name": "liveness_track", "scope": "recording"}';
      const { diagnostics } = parseConfig(`{"actions": [${entry}, ${entry}]}`, options);
      expect(diagnostics.map((d) => [d.severity, d.args.name])).toEqual([
        ["warning", "liveness_track"],
      ]);
    });
  });

  test("a redefined bundled action keeps the texts it leaves out", () => {
    const text = JSON.stringify({
      actions: [
        { name: "liveness_track", scope: "recording" },
        { name: "face_recognize", scope: "step", title: { en: "Face match" } },
      ],
    });
    const bundled = new Map(bundledActions().map((action) => [action.name, action]));
    const { config } = parseConfig(text, options);
    expect(config.actions).toEqual([
      {
        name: "liveness_track",
        scope: "recording",
        status: "custom",
        title: bundled.get("liveness_track")?.title,
        description: bundled.get("liveness_track")?.description,
      },
      {
        name: "face_recognize",
        scope: "step",
        status: "custom",
        title: { en: "Face match", "zh-CN": "Face match" },
        description: bundled.get("face_recognize")?.description,
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
