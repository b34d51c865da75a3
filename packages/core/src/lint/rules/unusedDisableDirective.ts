import type { LintRule } from "../types.js";

/**
 * An `idrs-disable` / `idrs-disable-next-line` / `idrs-enable` comment that suppresses
 * nothing or names an unknown code. Reported by the suppression pass (`suppressions.ts`),
 * which also builds the fix that deletes a directive that suppresses nothing at all.
 */
export const unusedDisableDirective: LintRule = {
  code: "unused-disable-directive",
  defaultSeverity: "warning",
  fixable: true,
  phase: "directive",
  messages: {
    summary: "lint.unused-disable-directive.summary",
    message: "lint.unused-disable-directive.message",
    messageCode: "lint.unused-disable-directive.messageCode",
    unknownCode: "lint.unused-disable-directive.unknownCode",
    unmatchedEnable: "lint.unused-disable-directive.unmatchedEnable",
    fix: "lint.unused-disable-directive.fix",
  },
};
