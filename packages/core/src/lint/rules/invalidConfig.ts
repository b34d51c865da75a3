import type { LintRule } from "../types.js";

/** Reported by the configuration reader for an `idrs.config.json` that violates its schema. */
export const invalidConfig: LintRule = {
  code: "invalid-config",
  defaultSeverity: "error",
  fixable: false,
  phase: "parse",
  messages: { summary: "lint.invalid-config.summary" },
};
