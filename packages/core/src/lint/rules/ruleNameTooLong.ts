import { ruleNameLength } from "../ruleName.js";
import type { LintRule } from "../types.js";

/**
 * A rule name longer than `limits.maxNameLength` (default 64 characters).
 * NOTE: the service publishes no length limit for `Name`. The default is a guess that keeps
 * names readable in consoles. Projects that learn the real limit should configure it.
 */
export const ruleNameTooLong: LintRule = {
  code: "rule-name-too-long",
  defaultSeverity: "error",
  fixable: false,
  phase: "document",
  messages: {
    summary: "lint.rule-name-too-long.summary",
    message: "lint.rule-name-too-long.message",
  },
  check(context) {
    const limit = context.limits.maxNameLength;
    for (const rule of context.document.rules) {
      const length = ruleNameLength(rule.name);
      if (length <= limit) continue;
      context.report({
        message: "lint.rule-name-too-long.message",
        args: { length, limit },
        range: rule.nameRange,
      });
    }
  },
};
