import type { Diagnostic, TextRange } from "@idrs-rules/core";
import type { FileResult } from "./types.js";

/** A range as people and SARIF count it: 1-based lines, 1-based UTF-16 columns, end exclusive. */
export interface Region {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export function regionOf(file: FileResult, range: TextRange): Region {
  if (file.lines === undefined) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const start = file.lines.positionAt(range.start);
  const end = file.lines.positionAt(range.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
  };
}

export function hasPreferredFix(diagnostic: Diagnostic): boolean {
  return diagnostic.fixes.some((fix) => fix.isPreferred);
}
