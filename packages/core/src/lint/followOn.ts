import type { Diagnostic } from "../diagnostics.js";
import type { RuleDocument } from "../model/model.js";
import type { TextRange } from "../text/range.js";

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
    .map((diagnostic) => diagnostic.range.start);
  if (errors.length === 0) return [...findings];

  const broken = (range: TextRange) => errors.some((offset) => contains(range, offset));
  const brokenEntries: TextRange[] = [];
  const brokenRules: TextRange[] = [];
  for (const rule of document.rules) {
    if (!broken(rule.range)) continue;
    brokenRules.push(rule.range);
    for (const step of rule.steps) if (broken(step.range)) brokenEntries.push(step.range);
  }
  for (const fragment of document.fragments)
    if (broken(fragment.range)) brokenEntries.push(fragment.range);

  return findings.filter((finding) => {
    const start = finding.range.start;
    if (brokenEntries.some((range) => contains(range, start))) return false;
    if (wholeRuleCodes.has(finding.code) && brokenRules.some((range) => contains(range, start)))
      return false;
    return true;
  });
}
