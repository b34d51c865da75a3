import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../packages/core/src/config/index.js";
import type { Diagnostic } from "../../packages/core/src/diagnostics.js";
import { allLintRules } from "../../packages/core/src/lint/registry.js";
import { createLanguageServices } from "../../packages/core/src/services/index.js";
import { nodeFileSystem } from "./support/nodeFileSystem.js";

const fixtures = fileURLToPath(new URL("../fixtures/lint/", import.meta.url));

/** Codes that no document check can produce, with where they are produced instead. */
const producedElsewhere: Record<string, string> = {
  "file-encoding":
    "the CLI, which reads bytes; the fixture file-encoding.idrs starts with a BOM for its tests",
  "file-unreadable": "the CLI, which reports files it cannot open; the engine only sees text",
  "internal-error": "the linter when a check throws, which no rule text should cause",
};

describe("lint fixture folder", () => {
  const services = createLanguageServices({ fileSystem: nodeFileSystem, rootUri: fixtures });
  const found = new Map<string, Diagnostic[]>();

  beforeAll(async () => {
    await services.loadFolder(fixtures);
    for (const [uri, diagnostics] of services.checkAll()) found.set(basename(uri), diagnostics);

    const configUri = `${fixtures}invalid-config/idrs.config.json`;
    const config = parseConfig(readFileSync(configUri, "utf8"), {
      uri: configUri,
      locale: "en",
      knownRuleCodes: allLintRules().map((rule) => rule.code),
    });
    found.set("idrs.config.json", config.diagnostics);

    const several = services
      .documents()
      .find((document) => basename(document.uri) === "rule-not-selected.idrs");
    found.set("rule-not-selected.idrs", several ? services.compile(several.uri).diagnostics : []);
  });

  it.each(allLintRules().map((rule) => rule.code))(
    "makes %s fire in its own fixture file",
    (code) => {
      if (code in producedElsewhere) return;
      const files = [...found.keys()].filter(
        (name) =>
          name.startsWith(`${code}.`) || (code === "invalid-config" && name === "idrs.config.json"),
      );
      expect(files, `no fixture file for ${code}`).not.toEqual([]);
      for (const file of files) {
        expect(
          found.get(file)?.map((diagnostic) => diagnostic.code),
          file,
        ).toContain(code);
      }
    },
  );

  it("lists only codes that are registered", () => {
    const registered = new Set(allLintRules().map((rule) => rule.code));
    const unknown = [...found.values()]
      .flat()
      .filter((diagnostic) => !registered.has(diagnostic.code));
    expect(unknown.map((diagnostic) => diagnostic.code)).toEqual([]);
  });

  it("keeps the exempt list to registered codes", () => {
    for (const code of Object.keys(producedElsewhere))
      expect(allLintRules().map((rule) => rule.code)).toContain(code);
  });
});
