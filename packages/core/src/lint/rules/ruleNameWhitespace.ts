import { trimRuleName } from "../ruleName.js";
import { replaceNameEdit } from "../text.js";
import type { LintRule } from "../types.js";

/**
 * A rule name with leading or trailing blanks, which are invisible in most listings. The
 * trimming fix is only a suggestion: the name identifies the deployed rule, so trimming it
 * renames that rule and may collide with another rule's name.
 */
export const ruleNameWhitespace: LintRule = {
  code: "rule-name-whitespace",
  defaultSeverity: "warning",
  fixable: false,
  phase: "document",
  messages: {
    summary: "lint.rule-name-whitespace.summary",
    message: "lint.rule-name-whitespace.message",
    fix: "lint.rule-name-whitespace.fix",
  },
  check(context) {
    for (const rule of context.document.rules) {
      const trimmed = trimRuleName(rule.name);
      // An all-blank name is reported by empty-rule-name; trimming it would leave nothing.
      if (trimmed === rule.name || trimmed === "") continue;

      const edit = replaceNameEdit(context.document.text, rule.nameRange, trimmed);
      context.report({
        message: "lint.rule-name-whitespace.message",
        args: { name: rule.name },
        range: rule.nameRange,
        fixes: edit
          ? [{ title: "lint.rule-name-whitespace.fix", edits: [edit], isPreferred: false }]
          : [],
      });
    }
  },
};
