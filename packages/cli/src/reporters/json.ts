import type { Diagnostic } from "@idrs-rules/core";
import { regionOf } from "./positions.js";
import type { FileResult, LintResults } from "./types.js";

/**
 * Renders the machine-readable report. Its shape is stable, and `schemaVersion` changes on
 * any incompatible change. Lines and columns are 1-based, columns count UTF-16 code units,
 * and ends are exclusive. docs/cli.md documents every field.
 */
export function json(results: LintResults): string {
  const report = {
    schemaVersion: 1,
    tool: { name: "idrs-rules", version: results.toolVersion },
    files: results.files.map((file) => ({
      path: file.display,
      errorCount: count(file.diagnostics, "error"),
      warningCount: count(file.diagnostics, "warning"),
      infoCount: count(file.diagnostics, "info"),
      diagnostics: file.diagnostics.map((diagnostic) => diagnosticJson(file, diagnostic, results)),
      suppressed: file.suppressed.map((diagnostic) => diagnosticJson(file, diagnostic, results)),
      fixed: file.fixed,
    })),
    summary: results.summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

function diagnosticJson(file: FileResult, diagnostic: Diagnostic, results: LintResults) {
  return {
    code: diagnostic.code,
    severity: diagnostic.severity,
    message: diagnostic.message,
    ...regionOf(file, diagnostic.range),
    docsUrl: results.docsUrl(diagnostic.code) ?? null,
    fixes: diagnostic.fixes.map((fix) => ({
      title: fix.title,
      isPreferred: fix.isPreferred,
      edits: fix.edits.map((edit) => ({ ...regionOf(file, edit.range), newText: edit.newText })),
    })),
    related: diagnostic.related.flatMap((related) => {
      const location = results.locate(related.uri, related.range);
      if (location === undefined) return [];
      return [{ path: location.display, ...location.region, message: related.message }];
    }),
  };
}

function count(diagnostics: Diagnostic[], severity: Diagnostic["severity"]): number {
  return diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
}
