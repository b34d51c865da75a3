import type { LintRule } from "../types.js";

/** Reported by the JSON reader when a rule file or content violates the JSON schema. */
export const invalidContent: LintRule = {
  code: "invalid-content",
  defaultSeverity: "error",
  fixable: false,
  phase: "parse",
  locked: true,
  messages: { summary: "lint.invalid-content.summary" },
};
