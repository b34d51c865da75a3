import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { describe, expect, test } from "vitest";
import * as generated from "./generated.js";
import {
  actionCatalogValidator,
  configValidator,
  contentValidator,
  ruleFileValidator,
} from "./validators.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const schemasDir = new URL("../../../../schemas/", import.meta.url);

// The same table as scripts/gen-schemas.mjs: file name -> export name.
const exportNames: Record<string, string> = {
  "content.schema.json": "contentSchema",
  "rule-file.schema.json": "ruleFileSchema",
  "action-catalog.schema.json": "actionCatalogSchema",
  "config.schema.json": "configSchema",
};

describe("generated schema modules", () => {
  test("cover every schema file", () => {
    const files = readdirSync(schemasDir).filter((name) => name.endsWith(".schema.json"));
    expect(files.sort()).toEqual(Object.keys(exportNames).sort());
  });

  test.each(Object.entries(exportNames))("%s object matches the file", (file, name) => {
    const fromFile: unknown = JSON.parse(readFileSync(new URL(file, schemasDir), "utf8"));
    expect((generated as Record<string, unknown>)[name]).toEqual(fromFile);
  });

  test("are up to date (else run node scripts/gen-schemas.mjs)", () => {
    const result = spawnSync(process.execPath, ["scripts/gen-schemas.mjs", "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });
});

describe("precompiled validators", () => {
  // Values each schema accepts or rejects; the compiled and the interpreted results must agree.
  const samples: unknown[] = [
    [],
    [{ sequence: 1, actions: [{ name: "id_card_recognize" }] }],
    [{ sequence: -1, actions: [{ name: "" }], extra: 1 }],
    { name: "a", content: [] },
    { name: "a", content: [{ sequence: "1" }], x: 1 },
    { actions: [] },
    {
      rules: { "unknown-action": "warn", Bad: "off" },
      deploy: { endpoint: "ftp://x y", concurrency: 0 },
    },
    { actions: [{ name: "x", scope: "step", title: 5 }] },
    null,
    "{}",
  ];

  test.each([
    ["content", contentValidator, generated.contentSchema],
    ["rule file", ruleFileValidator, generated.ruleFileSchema],
    ["action catalog", actionCatalogValidator, generated.actionCatalogSchema],
    ["config", configValidator, generated.configSchema],
  ])("%s validator agrees with ajv at run time", (_name, validator, schema) => {
    const ajv = new Ajv({
      allErrors: true,
      strict: true,
      verbose: true,
      allowMatchingProperties: true,
    });
    ajv.addVocabulary(["markdownDescription", "defaultSnippets"]);
    ajv.addSchema([generated.contentSchema, generated.ruleFileSchema]);
    const interpreted =
      schema.$id === generated.contentSchema.$id || schema.$id === generated.ruleFileSchema.$id
        ? ajv.getSchema(String(schema.$id))
        : ajv.compile(schema);
    for (const sample of samples) {
      const compiled = validator();
      expect(compiled(sample), JSON.stringify(sample)).toBe(interpreted?.(sample));
      const strip = (errors: typeof compiled.errors) =>
        (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({
          instancePath,
          schemaPath,
          keyword,
          params,
        }));
      expect(strip(compiled.errors)).toEqual(strip(interpreted?.errors));
    }
  });
});
