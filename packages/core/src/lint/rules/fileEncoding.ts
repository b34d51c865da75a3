import type { LintRule } from "../types.js";

/** Reported by the CLI, which reads bytes: a BOM is a warning with a preferred fix that removes it, invalid UTF-8 is an error. */
export const fileEncoding: LintRule = {
  code: "file-encoding",
  defaultSeverity: "warning",
  fixable: true,
  phase: "parse",
  messages: { summary: "lint.file-encoding.summary" },
};
