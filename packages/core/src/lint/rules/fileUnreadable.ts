import type { LintRule } from "../types.js";

/**
 * Reported by the CLI for a rule file it cannot read at all: no permission, a folder named
 * like a rule file, a broken symbolic link. Locked, because nothing in it can be checked.
 */
export const fileUnreadable: LintRule = {
  code: "file-unreadable",
  defaultSeverity: "error",
  fixable: false,
  phase: "parse",
  locked: true,
  messages: { summary: "lint.file-unreadable.summary" },
};
