import type { Diagnostic } from "../diagnostics.js";
import type { RuleDocument } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import { anyOffsetIn } from "./walk.js";

/** Codes that judge a rule as a whole, from which steps it has and in what order. */
const wholeRuleCodes = new Set(["step-gap", "duplicate-step", "empty-rule"]);

function contains(range: TextRange, offset: number): boolean {
  return offset >= range.start && offset <= range.end;
}

/**
 * Drops lint findings that follow from a syntax error, so one mistake gives one diagnostic.
 * After an error the parser recovers with a guessed model: a step or fragment containing a
 * syntax error may lack items or have invented ones, so no lint finding inside it is
 * trusted. A rule containing one may lack steps, so its whole-rule findings (gaps,
 * duplicates, emptiness) are dropped too. Findings elsewhere are kept.
 */
export function dropFollowOnFindings(
  document: RuleDocument,
  findings: readonly Diagnostic[],
): Diagnostic[] {
  const errors = document.parseDiagnostics
    .filter((diagnostic) => diagnostic.code === "syntax-error")
    .map((diagnostic) => diagnostic.range.start)
    .sort((a, b) => a - b);
  if (errors.length === 0) return [...findings];

  // Sorted offsets and disjoint ranges searched by bisection: a file can have thousands of
  // syntax errors, steps and findings.
  const broken = (range: TextRange) => anyOffsetIn(errors, range);
  const brokenEntries: TextRange[] = [];
  const brokenRules: TextRange[] = [];
  for (const rule of document.rules) {
    if (!broken(rule.range)) continue;
    brokenRules.push(rule.range);
    for (const step of rule.steps) if (broken(step.range)) brokenEntries.push(step.range);
  }
  for (const fragment of document.fragments)
    if (broken(fragment.range)) brokenEntries.push(fragment.range);
  const entries = union(brokenEntries);
  const rules = union(brokenRules);

  return findings.filter((finding) => {
    const start = finding.range.start;
    if (inAnyRange(entries, start)) return false;
    if (wholeRuleCodes.has(finding.code) && inAnyRange(rules, start)) return false;
    return true;
  });
}

/** Merges ranges into disjoint ones sorted by start, covering the same offsets. */
function union(ranges: readonly TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) {
      last.end = Math.max(last.end, range.end);
    } else {
      merged.push({ start: range.start, end: range.end });
    }
  }
  return merged;
}

/** True when `offset` lies in one of `ranges`, which are disjoint and sorted by start. */
function inAnyRange(ranges: readonly TextRange[], offset: number): boolean {
  // The last range starting at or before the offset is the only one that can contain it.
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ranges[middle] as TextRange).start <= offset) low = middle + 1;
    else high = middle;
  }
  const candidate = ranges[low - 1];
  return candidate !== undefined && contains(candidate, offset);
}
