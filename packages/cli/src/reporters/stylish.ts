import type { Diagnostic, Locale } from "@idrs-rules/core";
import { countMessage, message } from "../i18n/index.js";
import { padToWidth, textWidth } from "../text/width.js";
import { type Palette, palette } from "./ansi.js";
import { codeFrame } from "./code-frame.js";
import { escapeControls } from "./escape.js";
import { regionOf } from "./positions.js";
import type { FileResult, LintResults, Summary } from "./types.js";

/**
 * Renders the report for people: findings grouped by file, each as `file:line:column
 * severity  message  code` with its code frame and docs link. A summary line follows,
 * printed even when there is nothing to report.
 */
export function stylish(results: LintResults): string {
  const colors = palette(results.color);
  const blocks = results.files
    .filter((file) => file.diagnostics.length > 0)
    .map((file) => fileBlock(file, results, colors));
  const summary = summaryLines(results.summary, results.locale, colors);
  return `${[...blocks, summary].join("\n\n")}\n`;
}

function fileBlock(file: FileResult, results: LintResults, colors: Palette): string {
  const { locale } = results;
  const rows = file.diagnostics.map((diagnostic) => {
    const region = regionOf(file, diagnostic.range);
    const display = escapeControls(file.display);
    const location =
      file.text === undefined ? display : `${display}:${region.line}:${region.column}`;
    const severity = message(locale, `severity.${diagnostic.severity}`);
    return { diagnostic, location, severity, line: region.line };
  });
  // Widest values by `reduce`: a file can have more rows than `Math.max(...)` takes arguments.
  const widest = (width: (row: (typeof rows)[number]) => number) =>
    rows.reduce((most, row) => Math.max(most, width(row)), Number.NEGATIVE_INFINITY);
  const locationWidth = widest((row) => textWidth(row.location));
  const severityWidth = widest((row) => textWidth(row.severity));
  // The widest line number, so that the gutters of line 9 and line 10 line up.
  const gutterWidth = widest((row) => String(row.line).length);

  const lines = [colors.underline(escapeControls(file.display))];
  for (const row of rows) {
    const paint = severityColor(row.diagnostic, colors);
    const severity = paint(padToWidth(row.severity, severityWidth));
    const text = escapeControls(row.diagnostic.message);
    lines.push(
      `  ${padToWidth(row.location, locationWidth)}  ${severity}  ${text}  ${colors.dim(row.diagnostic.code)}`,
    );
    lines.push(...codeFrame(file, row.diagnostic.range, colors, paint, gutterWidth));
    lines.push(...relatedLines(row.diagnostic, results, colors));
    const url = results.docsUrl(row.diagnostic.code);
    if (url !== undefined)
      lines.push(`    ${colors.dim(message(locale, "stylish.docs", { url }))}`);
  }
  return lines.join("\n");
}

/** The other places a finding refers to (the first of two duplicates), one line each. */
function relatedLines(diagnostic: Diagnostic, results: LintResults, colors: Palette): string[] {
  return diagnostic.related.flatMap((related) => {
    const location = results.locate(related.uri, related.range);
    const where =
      location === undefined
        ? related.uri
        : `${location.display}:${location.region.line}:${location.region.column}`;
    const text = message(results.locale, "stylish.related", {
      location: escapeControls(where),
      message: escapeControls(related.message),
    });
    return [`    ${colors.dim(text)}`];
  });
}

function severityColor(diagnostic: Diagnostic, colors: Palette): (text: string) => string {
  if (diagnostic.severity === "error") return colors.red;
  if (diagnostic.severity === "warning") return colors.yellow;
  return colors.blue;
}

function summaryLines(summary: Summary, locale: Locale, colors: Palette): string {
  const problems = summary.errors + summary.warnings + summary.infos;
  if (problems === 0) return colors.green(countMessage(locale, "summary.clean", summary.files));

  const details = [
    countMessage(locale, "summary.error", summary.errors),
    countMessage(locale, "summary.warning", summary.warnings),
  ];
  if (summary.infos > 0) details.push(countMessage(locale, "summary.info", summary.infos));
  const separator = locale === "zh-CN" ? "，" : ", ";
  const line = message(locale, "summary.problems", {
    problems: countMessage(locale, "summary.problem", problems),
    details: details.join(separator),
  });

  const paint = summary.errors > 0 ? colors.red : colors.yellow;
  const lines = [colors.bold(paint(line))];
  if (summary.fixable > 0) lines.push(countMessage(locale, "summary.fixable", summary.fixable));
  return lines.join("\n");
}
