import type { LintRule } from "../types.js";

/**
 * Reported by the compile service when it cannot tell which rule of a file to compile: the
 * file has several and none was named, the named one does not exist, or there is none.
 */
export const ruleNotSelected: LintRule = {
  code: "rule-not-selected",
  defaultSeverity: "error",
  fixable: false,
  phase: "compile",
  locked: true,
  messages: {
    summary: "lint.rule-not-selected.summary",
    several: "lint.rule-not-selected.several",
    notFound: "lint.rule-not-selected.notFound",
    none: "lint.rule-not-selected.none",
  },
};
