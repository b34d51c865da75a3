import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../diagnostics.js";
import type { RuleDocument, RuleNode, StepNode } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import { dropFollowOnFindings } from "./followOn.js";
import { hasReadErrorIn } from "./walk.js";

const range = fc
  .record({ start: fc.nat({ max: 200 }), length: fc.nat({ max: 40 }) })
  .map(({ start, length }) => ({ start, end: start + length }));

const finding = (code: string, at: TextRange, severity: Diagnostic["severity"] = "error") =>
  ({
    code,
    severity,
    uri: "a.idrs",
    range: at,
    message: "",
    args: {},
    fixes: [],
    related: [],
  }) as Diagnostic;

const step = (at: TextRange): StepNode => ({
  sequence: 1,
  sequenceRange: at,
  form: "step",
  items: [],
  range: at,
});

const documentWith = (
  rules: Array<{ range: TextRange; steps: TextRange[] }>,
  errors: Diagnostic[],
): RuleDocument => ({
  uri: "a.idrs",
  kind: "idrs",
  version: 0,
  text: "",
  rules: rules.map(
    (rule): RuleNode => ({
      name: "规则",
      nameRange: rule.range,
      steps: rule.steps.map(step),
      range: rule.range,
    }),
  ),
  fragments: [],
  comments: [],
  parseDiagnostics: errors,
});

const contains = (at: TextRange, offset: number) => offset >= at.start && offset <= at.end;

/** Drops follow-on findings by the plain algorithm, searching every range for every offset. */
function referenceDrop(document: RuleDocument, findings: readonly Diagnostic[]): Diagnostic[] {
  const errors = document.parseDiagnostics
    .filter((item) => item.code === "syntax-error")
    .map((item) => item.range.start);
  if (errors.length === 0) return [...findings];
  const broken = (at: TextRange) => errors.some((offset) => contains(at, offset));
  const entries: TextRange[] = [];
  const rules: TextRange[] = [];
  for (const rule of document.rules) {
    if (!broken(rule.range)) continue;
    rules.push(rule.range);
    for (const entry of rule.steps) if (broken(entry.range)) entries.push(entry.range);
  }
  const wholeRule = new Set(["step-gap", "duplicate-step", "empty-rule"]);
  return findings.filter((item) => {
    const start = item.range.start;
    if (entries.some((at) => contains(at, start))) return false;
    if (wholeRule.has(item.code) && rules.some((at) => contains(at, start))) return false;
    return true;
  });
}

describe("follow-on findings", () => {
  const rules = fc.array(fc.record({ range, steps: fc.array(range, { maxLength: 4 }) }), {
    maxLength: 4,
  });
  const errors = fc.array(
    fc.tuple(range, fc.constantFrom("syntax-error", "full-width-punctuation")),
    { maxLength: 6 },
  );
  const findings = fc.array(
    fc.tuple(range, fc.constantFrom("step-gap", "unknown-action", "empty-rule")),
    { maxLength: 8 },
  );

  test("drops what the plain search drops, for overlapping ranges too", () => {
    fc.assert(
      fc.property(rules, errors, findings, (ruleRanges, errorList, findingList) => {
        const document = documentWith(
          ruleRanges,
          errorList.map(([at, code]) => finding(code, at)),
        );
        const items = findingList.map(([at, code]) => finding(code, at));
        expect(dropFollowOnFindings(document, items)).toEqual(referenceDrop(document, items));
      }),
      { numRuns: 3000 },
    );
  });

  test("finds reader errors inside a range as the plain search does", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            range,
            fc.constantFrom("error", "warning") as fc.Arbitrary<Diagnostic["severity"]>,
          ),
        ),
        range,
        (errorList, probe) => {
          const list = errorList.map(([at, severity]) => finding("invalid-content", at, severity));
          const document = documentWith([], list);
          const expected = list.some(
            (item) =>
              item.severity === "error" &&
              item.range.start >= probe.start &&
              item.range.start <= probe.end,
          );
          expect(hasReadErrorIn(document, probe)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
