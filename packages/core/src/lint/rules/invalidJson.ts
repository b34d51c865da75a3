import type { LintRule } from "../types.js";

/** Reported by the JSON reader when the text of a `*.rule.json` or content file is not JSON. */
export const invalidJson: LintRule = {
  code: "invalid-json",
  defaultSeverity: "error",
  fixable: false,
  phase: "parse",
  locked: true,
  messages: { summary: "lint.invalid-json.summary" },
};
