import { trimRuleName } from "../ruleName.js";
import type { LintRule } from "../types.js";
import { hasReadErrorIn } from "../walk.js";

/** A rule whose name is empty once blanks are removed; the service requires a name. */
export const emptyRuleName: LintRule = {
  code: "empty-rule-name",
  defaultSeverity: "error",
  fixable: false,
  phase: "document",
  messages: {
    summary: "lint.empty-rule-name.summary",
    message: "lint.empty-rule-name.message",
    decompile: "lint.empty-rule-name.decompile",
  },
  check(context) {
    for (const rule of context.document.rules) {
      if (trimRuleName(rule.name) !== "") continue;
      // A JSON name that is missing or not a string already has its schema error there.
      if (hasReadErrorIn(context.document, rule.nameRange)) continue;
      context.report({ message: "lint.empty-rule-name.message", range: rule.nameRange });
    }
  },
};
