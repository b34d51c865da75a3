import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const fixture = fileURLToPath(new URL("../fixtures/cli/", import.meta.url));
const schemaPath = fileURLToPath(
  new URL(
    "../../node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json",
    import.meta.url,
  ),
);

// ajv 8 as the engine resolves it: the repository root also contains an ajv 6 for other tools.
const requireFromCore = createRequire(new URL("../../packages/core/package.json", import.meta.url));
const { Ajv } = requireFromCore("ajv") as typeof import("ajv");
const addFormats = (requireFromCore("ajv-formats") as { default: (ajv: unknown) => void }).default;

/**
 * The published schema is draft-04, which ajv 8 does not read. It uses no keyword whose
 * meaning changed in draft-07 (no boolean exclusiveMinimum), so only `id` becomes `$id`.
 * Its `language` pattern has a stray `]` that is invalid with the `u` flag, hence
 * `unicodeRegExp: false`.
 */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
  schema.$schema = "http://json-schema.org/draft-07/schema#";
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

describe("sarif report", () => {
  const validate = sarifValidator();
  const result = runCli(["lint", "--format", "sarif"], { cwd: fixture });
  const log = JSON.parse(result.stdout);
  const run = log.runs[0];

  it("rejects a log that breaks the schema", () => {
    expect(validate({ version: "2.1.0", runs: [{ tool: { driver: { name: 1 } } }] })).toBe(false);
  });

  it("is valid against the SARIF 2.1.0 schema", () => {
    const valid = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("has one rule descriptor per registered code, with help and description", () => {
    const ids = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const code of ["unknown-action", "file-encoding", "syntax-error", "file-unreadable"])
      expect(ids).toContain(code);
    for (const rule of run.tool.driver.rules) expect(rule.shortDescription.text).not.toBe("");
  });

  it("points each result at its rule and artifact", () => {
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.results.length).toBeGreaterThan(0);
    for (const item of run.results) {
      expect(run.tool.driver.rules[item.ruleIndex].id).toBe(item.ruleId);
      const location = item.locations[0].physicalLocation.artifactLocation;
      expect(location.uriBaseId).toBe("SRCROOT");
      expect(run.artifacts[location.index].location.uri).toBe(location.uri);
    }
  });

  it("counts columns in UTF-16 code units after Chinese text", () => {
    const unknown = run.results.find(
      (item: { ruleId: string }) => item.ruleId === "unknown-action",
    );
    // `  step 1 “身份核验”: id_crd_recognize`: 17 UTF-16 units precede the action (display width 23).
    expect(unknown.locations[0].physicalLocation.region).toMatchObject({
      startLine: 3,
      startColumn: 18,
    });
  });

  it("carries fixes", () => {
    const fixed = run.results.find(
      (item: { ruleId: string }) => item.ruleId === "full-width-punctuation",
    );
    expect(fixed.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe("{");
  });
});
