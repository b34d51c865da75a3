import type { LintRule } from "../types.js";

/** Reported by the .idrs lexer, which reads the character as its half-width token and offers a preferred fix. */
export const fullWidthPunctuation: LintRule = {
  code: "full-width-punctuation",
  defaultSeverity: "error",
  fixable: true,
  phase: "parse",
  messages: { summary: "lint.full-width-punctuation.summary" },
};
