import type { LintRule } from "../types.js";
import { hasReadErrorIn } from "../walk.js";

/** A rule without any step compiles to `[]`, which inspects nothing. */
export const emptyRule: LintRule = {
  code: "empty-rule",
  defaultSeverity: "warning",
  fixable: false,
  phase: "document",
  messages: { summary: "lint.empty-rule.summary", message: "lint.empty-rule.message" },
  check(context) {
    for (const rule of context.document.rules) {
      if (rule.steps.length > 0 || hasReadErrorIn(context.document, rule.range)) continue;
      context.report({
        message: "lint.empty-rule.message",
        args: { name: rule.name },
        range: rule.nameRange,
      });
    }
  },
};
