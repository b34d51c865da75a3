import type { LintRule } from "../types.js";

/** Reported by the .idrs parser; the parse goes on after the error to find more of them. */
export const syntaxError: LintRule = {
  code: "syntax-error",
  defaultSeverity: "error",
  fixable: false,
  phase: "parse",
  locked: true,
  messages: { summary: "lint.syntax-error.summary" },
};
