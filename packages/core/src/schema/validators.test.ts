import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import { actionCatalogSchema, configSchema, contentSchema, ruleFileSchema } from "./generated.js";
import { configValidator, contentValidator, ruleFileValidator, schemaIds } from "./validators.js";

const referenceExample = [
  { sequence: 1, actions: [{ name: "id_card_recognize" }] },
  {
    sequence: 2,
    actions: [
      { name: "document_title_recognize" },
      { name: "flip_action_recognize" },
      { name: "sign_action_recognize" },
    ],
  },
  { sequence: 3, actions: [{ name: "sign_recognize" }] },
  { sequence: 0, actions: [{ name: "face_track" }, { name: "speech_to_text" }] },
];

describe("schema files", () => {
  test.each([
    ["content", contentSchema],
    ["rule-file", ruleFileSchema],
    ["action-catalog", actionCatalogSchema],
    ["config", configSchema],
  ])("%s schema is valid draft-07", (_name, schema) => {
    const ajv = new Ajv({ strict: true, allowMatchingProperties: true });
    ajv.addVocabulary(["markdownDescription", "defaultSnippets"]);
    expect(ajv.validateSchema(schema), JSON.stringify(ajv.errors)).toBe(true);
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
  });

  test("ids are stable", () => {
    expect(contentSchema.$id).toBe(schemaIds.content);
    expect(ruleFileSchema.$id).toBe(schemaIds.ruleFile);
    expect(actionCatalogSchema.$id).toBe(schemaIds.actionCatalog);
    expect(configSchema.$id).toBe(schemaIds.config);
  });

  test("validators are shared functions", () => {
    expect(contentValidator()).toBe(contentValidator());
    expect(configValidator()).toBe(configValidator());
  });
});

describe("content schema", () => {
  const validate = contentValidator();

  test.each([
    ["the reference example", referenceExample],
    ["an empty array", []],
    ["a step without actions", [{ sequence: 4, actions: [] }]],
    ["a large sequence", [{ sequence: 100000, actions: [{ name: "x" }] }]],
    ["an integral float", [{ sequence: 1.0, actions: [{ name: "x" }] }]],
  ])("accepts %s", (_name, content) => {
    expect(validate(content)).toBe(true);
  });

  test.each([
    ["an object", {}],
    ["a string", "[]"],
    ["null", null],
    ["a negative sequence", [{ sequence: -1, actions: [] }]],
    ["a fractional sequence", [{ sequence: 1.5, actions: [] }]],
    ["a string sequence", [{ sequence: "1", actions: [] }]],
    ["a missing sequence", [{ actions: [] }]],
    ["missing actions", [{ sequence: 1 }]],
    ["actions as an object", [{ sequence: 1, actions: { name: "x" } }]],
    ["an unknown step key", [{ sequence: 1, actions: [], title: "x" }]],
    ["an unknown action key", [{ sequence: 1, actions: [{ name: "x", params: {} }] }]],
    ["an empty action name", [{ sequence: 1, actions: [{ name: "" }] }]],
    ["a numeric action name", [{ sequence: 1, actions: [{ name: 1 }] }]],
    ["a bare action string", [{ sequence: 1, actions: ["id_card_recognize"] }]],
    ["a step that is an array", [[1]]],
  ])("rejects %s", (_name, content) => {
    expect(validate(content)).toBe(false);
  });
});

describe("rule file schema", () => {
  const validate = ruleFileValidator();

  test("accepts name, description, $schema and content", () => {
    const file = {
      $schema: "./schemas/rule-file.schema.json",
      name: "XX人寿 终身寿险 双录质检",
      description: "适用于个人终身寿险产品",
      content: referenceExample,
    };
    expect(validate(file)).toBe(true);
  });

  test("accepts an empty name, which lint reports", () => {
    expect(validate({ name: "", content: [] })).toBe(true);
  });

  test.each([
    ["a missing name", { content: [] }],
    ["missing content", { name: "a" }],
    ["an unknown key", { name: "a", content: [], id: 5 }],
    ["content as a string", { name: "a", content: "[]" }],
    ["invalid content", { name: "a", content: [{ sequence: -1, actions: [] }] }],
    ["a bare array", referenceExample],
  ])("rejects %s", (_name, file) => {
    expect(validate(file)).toBe(false);
  });
});

describe("config schema", () => {
  const validate = configValidator();

  test("accepts a full configuration", () => {
    const config = {
      $schema: "./node_modules/idrs-rules/schemas/config.schema.json",
      rules: { "unknown-action": "error", "empty-step": "off", "some-future-rule": "warning" },
      overrides: [{ files: ["legacy/**"], rules: { "unknown-action": "info" } }],
      actions: [
        { name: "voice_print_check", scope: "step", title: { "zh-CN": "声纹核验" } },
        {
          name: "screen_record",
          scope: "recording",
          status: "custom",
          title: "Screen",
          description: "x",
        },
      ],
      limits: { maxNameLength: 64, maxContentBytes: 65536 },
      include: ["rules/**/*.idrs"],
      exclude: ["rules/drafts/**"],
      deploy: {
        endpoint: "idrsservice.cn-shanghai-finance-1.aliyuncs.com",
        profile: "prod",
        rulesDir: "rules",
        lockFile: "idrs.lock.json",
        auditLog: ".idrs/audit.log",
        pullFormat: "idrs",
        concurrency: 4,
      },
    };
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  test.each(["http://127.0.0.1:8080", "https://idrs.bank.example:8443/", "localhost", "10.0.0.5"])(
    "accepts endpoint %s",
    (endpoint) => {
      expect(validate({ deploy: { endpoint } })).toBe(true);
    },
  );

  test.each([
    ["a rule code that is not kebab-case", { rules: { Unknown_Action: "error" } }],
    ["an unknown severity", { rules: { "unknown-action": "warn" } }],
    ["an override without files", { overrides: [{ rules: {} }] }],
    ["an override with no file pattern", { overrides: [{ files: [], rules: {} }] }],
    ["an action without scope", { actions: [{ name: "x" }] }],
    [
      "an action with status confirmed",
      { actions: [{ name: "x", scope: "step", status: "confirmed" }] },
    ],
    ["an action title that is empty", { actions: [{ name: "x", scope: "step", title: {} }] }],
    ["a zero limit", { limits: { maxNameLength: 0 } }],
    ["an endpoint with a path and spaces", { deploy: { endpoint: "ftp://host name" } }],
    ["a zero concurrency", { deploy: { concurrency: 0 } }],
    ["an unknown pull format", { deploy: { pullFormat: "yaml" } }],
    ["an unknown top-level key", { rule: {} }],
    ["an array", []],
  ])("rejects %s", (_name, config) => {
    expect(validate(config)).toBe(false);
  });
});

describe("config schema and the lint registry", () => {
  test("lists every configurable lint rule for completion", async () => {
    const { allLintRules } = await import("../lint/registry.js");
    const configurable = allLintRules()
      .filter((rule) => !rule.locked)
      .map((rule) => rule.code);
    const definitions = configSchema.definitions as { ruleSettings: { properties: object } };
    expect(Object.keys(definitions.ruleSettings.properties)).toEqual(configurable);
  });
});
