import type { LintRule } from "../types.js";

/**
 * Reported by the linter when a check throws: a bug in idrs-rules, not in the rule text.
 * It is an error, so a run never ends clean after a check could not finish.
 */
export const internalError: LintRule = {
  code: "internal-error",
  defaultSeverity: "error",
  fixable: false,
  phase: "parse",
  locked: true,
  messages: { summary: "lint.internal-error.summary", message: "lint.internal-error.message" },
};
