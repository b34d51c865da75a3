import type { LintRule } from "../types.js";

/** Reported by the JSON reader for a property the rule file format does not define. */
export const unknownProperty: LintRule = {
  code: "unknown-property",
  defaultSeverity: "error",
  fixable: false,
  phase: "parse",
  messages: { summary: "lint.unknown-property.summary" },
};
