import { pathToFileURL } from "node:url";
import type { Diagnostic, RuleSetting, Severity } from "@idrs-rules/core";
import { isInside } from "../workspace/paths.js";
import { type Region, regionOf } from "./positions.js";
import type { FileResult, LintResults } from "./types.js";

/**
 * Renders SARIF 2.1.0 for code scanning services. The log has one rule descriptor per
 * registered lint code and artifact URIs relative to SRCROOT (the current folder).
 * Regions have 1-based lines and columns counted in UTF-16 code units (`columnKind`).
 * Suppressed findings are results with `suppressions`, and fixes are SARIF `fixes`.
 */
export function sarif(results: LintResults): string {
  const ruleIndex = new Map(results.rules.map((rule, index) => [rule.code, index]));
  const artifactIndex = new Map(results.files.map((file, index) => [file.path, index]));

  const run = {
    tool: {
      driver: {
        name: "idrs-rules",
        version: results.toolVersion,
        semanticVersion: results.toolVersion,
        rules: results.rules.map((rule) => ({
          id: rule.code,
          shortDescription: { text: rule.summary[results.locale] },
          ...optional("helpUri", results.docsUrl(rule.code)),
          defaultConfiguration: defaultConfiguration(rule.defaultSeverity),
          properties: { fixable: rule.fixable },
        })),
      },
    },
    language: results.locale,
    originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(`${results.cwd}/`).href } },
    artifacts: results.files.map((file) => ({
      location: artifactLocation(file.path, results),
      ...(file.readable ? { sourceLanguage: file.path.endsWith(".idrs") ? "idrs" : "json" } : {}),
    })),
    columnKind: "utf16CodeUnits",
    results: results.files.flatMap((file) => [
      ...file.diagnostics.map((diagnostic) => result(file, diagnostic, false)),
      ...file.suppressed.map((diagnostic) => result(file, diagnostic, true)),
    ]),
    invocations: [{ executionSuccessful: true }],
  };

  function result(file: FileResult, diagnostic: Diagnostic, suppressed: boolean) {
    const location = {
      ...artifactLocation(file.path, results),
      index: artifactIndex.get(file.path),
    };
    const physicalLocation =
      file.text === undefined
        ? { artifactLocation: location }
        : { artifactLocation: location, region: sarifRegion(regionOf(file, diagnostic.range)) };

    return {
      ruleId: diagnostic.code,
      ...optional("ruleIndex", ruleIndex.get(diagnostic.code)),
      level: level(diagnostic.severity),
      message: { text: diagnostic.message },
      locations: [{ physicalLocation }],
      ...(diagnostic.related.length > 0
        ? { relatedLocations: relatedLocations(diagnostic, results) }
        : {}),
      ...(diagnostic.fixes.length > 0
        ? {
            fixes: diagnostic.fixes.map((fix) => ({
              description: { text: fix.title },
              artifactChanges: [
                {
                  artifactLocation: location,
                  replacements: fix.edits.map((edit) => ({
                    deletedRegion: sarifRegion(regionOf(file, edit.range)),
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            })),
          }
        : {}),
      ...(suppressed ? { suppressions: [{ kind: "inSource" }] } : {}),
    };
  }

  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [run],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function relatedLocations(diagnostic: Diagnostic, results: LintResults) {
  return diagnostic.related.flatMap((related, id) => {
    const location = results.locate(related.uri, related.range);
    if (location === undefined) return [];
    return [
      {
        id,
        physicalLocation: {
          artifactLocation: artifactLocation(related.uri, results),
          region: sarifRegion(location.region),
        },
        message: { text: related.message },
      },
    ];
  });
}

/** Files inside the current folder are relative to SRCROOT; others get an absolute file URI. */
function artifactLocation(path: string, results: LintResults): { uri: string; uriBaseId?: string } {
  if (!isInside(results.cwd, path)) return { uri: pathToFileURL(path).href };
  const relative = path
    .slice(results.cwd.length)
    .replace(/^[\\/]+/, "")
    .split(/[\\/]/);
  return { uri: relative.map(encodeURIComponent).join("/"), uriBaseId: "SRCROOT" };
}

function sarifRegion(region: Region) {
  return {
    startLine: region.line,
    startColumn: region.column,
    endLine: region.endLine,
    endColumn: region.endColumn,
  };
}

function level(severity: Severity): "error" | "warning" | "note" {
  return severity === "info" ? "note" : severity;
}

function defaultConfiguration(setting: RuleSetting) {
  if (setting === "off") return { enabled: false, level: "none" };
  return { enabled: true, level: level(setting) };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
