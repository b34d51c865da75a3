import { escapeControls } from "./escape.js";
import { regionOf } from "./positions.js";
import type { LintResults } from "./types.js";

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which GitHub shows
 * as annotations on the pull request's changed lines. One line per finding.
 */
export function github(results: LintResults): string {
  const lines: string[] = [];
  for (const file of results.files) {
    for (const diagnostic of file.diagnostics) {
      const command = diagnostic.severity === "info" ? "notice" : diagnostic.severity;
      const properties = [`file=${escapeProperty(file.display)}`];
      if (file.text !== undefined) {
        const region = regionOf(file, diagnostic.range);
        properties.push(
          `line=${region.line}`,
          `col=${region.column}`,
          `endLine=${region.endLine}`,
          `endColumn=${region.endColumn}`,
        );
      }
      properties.push(`title=${escapeProperty(diagnostic.code)}`);
      lines.push(`::${command} ${properties.join(",")}::${escapeData(diagnostic.message)}`);
    }
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

/**
 * Escapes a message the way the GitHub Actions runner decodes it. Control characters from
 * the rule files are written out as `\n` or `\uXXXX` first: a line break in a rule name
 * would otherwise become a line break of the annotation, and an ESC would reach the log.
 */
function escapeData(text: string): string {
  return escapeControls(text).replace(/%/g, "%25");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
