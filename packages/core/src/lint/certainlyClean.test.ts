import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bundledActions } from "../catalog/catalog.js";
import { createLanguageServices } from "../services/createLanguageServices.js";
import type { IdrsConfig } from "../services/types.js";
import { quickVerdictCoversEveryRule } from "./certainlyClean.js";
import { allLintRules } from "./registry.js";

const uri = "/repo/rules/quick.rule.json";
const actions = bundledActions();
const named = (scope: string, status: string) =>
  actions.find((action) => action.scope === scope && action.status === status)?.name ?? "";
const stepAction = named("step", "confirmed");
const otherStepAction =
  actions.find(
    (action) =>
      action.scope === "step" && action.status === "confirmed" && action.name !== stepAction,
  )?.name ?? "";
const recordingAction = named("recording", "confirmed");

/** A rule file as users write it: pretty-printed JSON. */
const ruleFile = (name: string, content: Array<{ sequence: number; actions: string[] }>) =>
  JSON.stringify(
    {
      name,
      content: content.map((step) => ({
        sequence: step.sequence,
        actions: step.actions.map((action) => ({ name: action })),
      })),
    },
    null,
    2,
  );

/**
 * Ways to write the same rule file that JSON allows or that only the full path reports:
 * another number form, escapes, a repeated key, extra keys, a byte order mark, other
 * whitespace. Each takes the pretty-printed text and returns a variant.
 */
const variants: Array<(text: string) => string> = [
  (text) => text,
  (text) => text,
  (text) => text,
  (text) => text.replace(/"sequence": (\d+)/, '"sequence": $1.0'),
  (text) => text.replace(/"sequence": (\d+)/, '"sequence": $1e0'),
  (text) => text.replace(/"sequence": (\d+)/, '"sequence": -$1'),
  (text) => text.replace('"name": "', '"name": "\\u0041'),
  (text) => text.replace('{\n  "name"', '{\n  "name": "重复",\n  "name"'),
  (text) => text.replace('"actions": [', '"actions": [],\n "actions": ['),
  (text) => text.replace('"name": "', '"$schema": "./schemas/rule-file.schema.json", "name": "'),
  (text) => text.replace('"name": "', '"description": "说明: 见附件", "name": "'),
  (text) => text.replace('"name": "', '"note": 1, "name": "'),
  (text) => text.replace('"sequence"', '"sequence": 1, "extra"'),
  (text) => `\ufeff${text}`,
  (text) => `${text}\n`,
  (text) => text.replace(/\n */g, ""),
  (text) => text.replace(/\n/g, "\r\n\t"),
  (text) => text.replace(/\n/, "\u00a0"),
  (text) => `${text},`,
  (text) => text.replace('{\n      "name": "', '{\n      "name": ": '),
  (text) => text.replace('{\n  "name"', '{\n  "name": "旧: 名称",\n  "name"'),
  (text) =>
    text.replace(
      '"name": "',
      '"$schema": "https://idrs-rules.dev/schemas/rule-file.schema.json", "name": "',
    ),
];
const variant = fc.nat({ max: variants.length - 1 });

// Names, actions, limits and variants chosen so that about one generated file in twenty is
// clean (the test checks there are enough) and every lint rule that reads a rule file
// fires now and then on the others.
const ruleName = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("个人养老金开户", "银行理财 R3", "A") },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " 前导空格",
      "尾随空格 ",
      "\u3000全角空格",
      "\t制表符",
      "名称".repeat(40),
      "𠀀".repeat(3),
    ),
  },
);
const confirmedStepActions = actions
  .filter((action) => action.scope === "step" && action.status === "confirmed")
  .map((action) => action.name);
const actionName = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...confirmedStepActions) },
  { weight: 2, arbitrary: fc.constantFrom(...actions.map((action) => action.name)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom("no_such_action", "FACE_TRACK", "", "private_face_check"),
  },
);
const content = fc
  .array(
    fc.record({
      sequence: fc.oneof(
        { weight: 12, arbitrary: fc.constant(-1) },
        { weight: 1, arbitrary: fc.nat({ max: 6 }) },
      ),
      actions: fc.array(actionName, { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .chain((steps) =>
    // Now and then an empty chapter or a rule without chapters.
    fc.constantFrom(
      steps,
      steps,
      steps,
      steps,
      steps,
      steps,
      [],
      [...steps, { sequence: -1, actions: [] }],
    ),
  );
/** Sequence -1 stands for "the next chapter number", so that many generated files are numbered in order. */
const numbered = content.map((steps) => {
  let next = 1;
  return steps.map((step) => ({
    ...step,
    sequence: step.sequence === -1 ? next++ : step.sequence,
  }));
});
const config: fc.Arbitrary<IdrsConfig> = fc.record({
  limits: fc.record({
    maxNameLength: fc.constantFrom(1, 4, 64, 64, 64),
    maxContentBytes: fc.constantFrom(60, 300, 65536, 65536),
  }),
  actions: fc.constantFrom(
    [],
    [
      {
        name: "private_face_check",
        scope: "step" as const,
        title: { "zh-CN": "私有云人脸核验", en: "Private face check" },
        description: { "zh-CN": "私有云部署的动作。", en: "An action of a private cloud." },
      },
    ],
  ),
});

describe("cleanRuleFileName", () => {
  test("every registered lint rule is accounted for by the quick verdict", () => {
    // A new rule fails here until certainlyClean.ts lists how a clean file stays silent.
    expect(quickVerdictCoversEveryRule).toBe(true);
    expect(allLintRules().length).toBeGreaterThan(20);
  });

  test("returns the name of a plain, clean rule file", () => {
    const services = createLanguageServices({ locale: "en" });
    const text = ruleFile("个人养老金开户", [
      { sequence: 0, actions: [recordingAction] },
      { sequence: 1, actions: [stepAction, otherStepAction] },
      { sequence: 2, actions: [stepAction] },
    ]);
    expect(services.cleanRuleFileName(uri, text)).toBe("个人养老金开户");
    // The whole-recording step may come last, as the service's own examples write it.
    const last = ruleFile("理财销售", [
      { sequence: 1, actions: [stepAction] },
      { sequence: 0, actions: [recordingAction] },
    ]);
    expect(services.cleanRuleFileName(uri, last)).toBe("理财销售");
    // Colons inside strings are not keys.
    const described = JSON.stringify({
      $schema: "https://idrs-rules.dev/schemas/rule-file.schema.json",
      name: "规则：A",
      description: "适用: 个人客户",
      content: [{ sequence: 1, actions: [{ name: stepAction }] }],
    });
    expect(services.cleanRuleFileName(uri, described)).toBe("规则：A");
    // Nothing was added to the workspace.
    expect(services.documents()).toEqual([]);
  });

  test.each([
    ["a repeated action", [{ sequence: 1, actions: [stepAction, stepAction] }]],
    ["a gap in the chapters", [{ sequence: 2, actions: [stepAction] }]],
    ["an empty chapter", [{ sequence: 1, actions: [] }]],
    ["an unknown action", [{ sequence: 1, actions: ["no_such_action"] }]],
    ["a whole-recording action in a chapter", [{ sequence: 1, actions: [recordingAction] }]],
    ["no chapter at all", []],
  ])("answers maybe for %s", (_case, steps) => {
    const services = createLanguageServices({ locale: "en" });
    expect(services.cleanRuleFileName(uri, ruleFile("规则", steps))).toBeUndefined();
  });

  test("rejects .idrs, repeats and escapes", () => {
    const services = createLanguageServices({ locale: "en" });
    const text = ruleFile("规则", [{ sequence: 1, actions: [stepAction] }]);
    expect(services.cleanRuleFileName(uri, text)).toBe("规则");
    expect(services.cleanRuleFileName("/repo/rules/a.idrs", text)).toBeUndefined();
    expect(services.cleanRuleFileName(uri, text.replace('"name"', '"na\\u006de"'))).toBeUndefined();
    // JSON.parse keeps the last "name"; the full path reports the repeat.
    expect(
      services.cleanRuleFileName(uri, text.replace('"name"', '"name": "旧名称", "name"')),
    ).toBeUndefined();
  });

  test("a file it calls clean is one every lint rule leaves silent", () => {
    let clean = 0;
    fc.assert(
      fc.property(ruleName, numbered, config, variant, (name, steps, settings, which) => {
        const text = (variants[which] as (text: string) => string)(ruleFile(name, steps));
        const quick = createLanguageServices({ locale: "en", config: settings });
        const verdict = quick.cleanRuleFileName(uri, text);
        if (verdict === undefined) return;
        clean++;

        const full = createLanguageServices({ locale: "en", config: settings });
        const document = full.setDocument(uri, text, 0);
        expect(full.check(uri)).toEqual([]);
        expect(verdict).toBe(document.rules[0]?.name);
      }),
      { numRuns: 3000 },
    );
    // The property proves nothing unless plenty of generated files were called clean.
    expect(clean).toBeGreaterThan(80);
  });

  test("gives the same verdict on the file's bytes read as Latin-1", () => {
    // What the CLI passes to skip decoding: one character per UTF-8 byte.
    const fromLatin1 = (raw: string) => Buffer.from(raw, "latin1").toString("utf8");
    let clean = 0;
    fc.assert(
      fc.property(ruleName, numbered, config, variant, (name, steps, settings, which) => {
        const text = (variants[which] as (text: string) => string)(ruleFile(name, steps));
        const services = createLanguageServices({ locale: "en", config: settings });
        const asText = services.cleanRuleFileName(uri, text);
        const latin1 = Buffer.from(text, "utf8").toString("latin1");
        const asBytes = services.cleanRuleFileName(uri, latin1, fromLatin1);
        // The CLI sends files with a byte order mark the decoded way.
        if (text.charCodeAt(0) === 0xfeff) return;
        expect(asBytes).toBe(asText);
        if (asBytes !== undefined) clean++;
      }),
      { numRuns: 3000 },
    );
    expect(clean).toBeGreaterThan(80);
  });
});
