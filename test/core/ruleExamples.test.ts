import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../../packages/core/src/config/index.js";
import type { Diagnostic } from "../../packages/core/src/diagnostics.js";
import { allLintRules } from "../../packages/core/src/lint/registry.js";
import { createLanguageServices } from "../../packages/core/src/services/index.js";

/**
 * The bad and good examples of every rule page, run through the services: each bad example
 * must make its rule fire and each good one must produce no diagnostic at all, so the docs
 * cannot drift from the rules. A block split by `// NAME.idrs` or `// NAME.rule.json` lines is several files.
 */
const docsFolder = fileURLToPath(new URL("../../docs/rules/", import.meta.url));

interface Example {
  language: string;
  text: string;
}

function examplesUnder(page: string, heading: string): Example[] {
  const start = page.indexOf(`\n## ${heading}\n`);
  const end = page.indexOf("\n## ", start + 1);
  const section = page.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)\n```/g)].map((match) => ({
    language: match[1] ?? "",
    text: match[2] ?? "",
  }));
}

function filesOf(example: Example): Array<[string, string]> {
  const parts = example.text.split(/^\/\/ ([\w.-]+\.(?:idrs|rule\.json))\n/m);
  if (parts.length === 1)
    return [[example.language === "json" ? "example.rule.json" : "example.idrs", example.text]];
  const files: Array<[string, string]> = [];
  for (let index = 1; index < parts.length; index += 2)
    files.push([parts[index] ?? "", parts[index + 1] ?? ""]);
  return files;
}

function diagnosticsOf(code: string, example: Example): Diagnostic[] {
  if (code === "invalid-config") {
    const codes = allLintRules().map((rule) => rule.code);
    return parseConfig(example.text, {
      uri: "idrs.config.json",
      locale: "en",
      knownRuleCodes: codes,
    }).diagnostics;
  }
  const services = createLanguageServices();
  const files = filesOf(example);
  for (const [uri, text] of files) services.setDocument(uri, text);
  if (code === "rule-not-selected")
    return files.flatMap(([uri]) => services.compile(uri).diagnostics);
  return [...services.checkAll().values()].flat().filter((diagnostic) => !diagnostic.suppressed);
}

const cases = allLintRules().flatMap((rule) =>
  (["en", "zh-CN"] as const).map((locale) => {
    const page = readFileSync(
      `${docsFolder}${rule.code}${locale === "en" ? "" : ".zh-CN"}.md`,
      "utf8",
    );
    return {
      code: rule.code,
      locale,
      bad: examplesUnder(page, locale === "en" ? "Bad example" : "错误示例"),
      good: examplesUnder(page, locale === "en" ? "Good example" : "正确示例"),
    };
  }),
);

describe("rule page examples", () => {
  it.each(cases.filter((entry) => entry.bad.length > 0))(
    "$code ($locale): bad examples fire",
    ({ code, bad }) => {
      for (const example of bad)
        expect(
          diagnosticsOf(code, example).map((diagnostic) => diagnostic.code),
          example.text,
        ).toContain(code);
    },
  );

  it.each(cases.filter((entry) => entry.good.length > 0))(
    "$code ($locale): good examples produce no diagnostic",
    ({ code, good }) => {
      for (const example of good)
        expect(
          diagnosticsOf(code, example).map((diagnostic) => diagnostic.code),
          example.text,
        ).toEqual([]);
    },
  );

  it("covers every rule a document check can produce", () => {
    const withoutExamples = cases
      .filter((entry) => entry.bad.length === 0)
      .map((entry) => entry.code);
    expect([...new Set(withoutExamples)].sort()).toEqual([
      "content-too-large",
      "file-encoding",
      "file-unreadable",
      "internal-error",
      "rule-not-selected",
    ]);
  });
});
