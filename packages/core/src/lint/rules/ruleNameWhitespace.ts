import type { MessageKey } from "../../i18n/translate.js";
import { describeBlankRuns, edgeBlanks } from "../edgeBlanks.js";
import { trimRuleName } from "../ruleName.js";
import { replaceNameEdit } from "../text.js";
import type { LintRule } from "../types.js";

/**
 * A rule name with leading or trailing blanks, which are invisible in most listings, so the
 * message names each one with its code point. The trimming fix is only a suggestion: the
 * name identifies the deployed rule, so trimming it renames that rule and may collide with
 * another rule's name.
 */
export const ruleNameWhitespace: LintRule = {
  code: "rule-name-whitespace",
  defaultSeverity: "warning",
  fixable: false,
  phase: "document",
  messages: {
    summary: "lint.rule-name-whitespace.summary",
    message: "lint.rule-name-whitespace.message",
    messageLeading: "lint.rule-name-whitespace.messageLeading",
    messageTrailing: "lint.rule-name-whitespace.messageTrailing",
    fix: "lint.rule-name-whitespace.fix",
  },
  check(context) {
    for (const rule of context.document.rules) {
      const trimmed = trimRuleName(rule.name);
      // An all-blank name is reported by empty-rule-name; trimming it would leave nothing.
      if (trimmed === rule.name || trimmed === "") continue;

      const blanks = edgeBlanks(rule.name);
      const leading = describeBlankRuns(blanks.leading, context.locale);
      const trailing = describeBlankRuns(blanks.trailing, context.locale);
      let message: MessageKey = "lint.rule-name-whitespace.message";
      if (blanks.trailing.length === 0) message = "lint.rule-name-whitespace.messageLeading";
      else if (blanks.leading.length === 0) message = "lint.rule-name-whitespace.messageTrailing";

      const edit = replaceNameEdit(context.document.text, rule.nameRange, trimmed);
      context.report({
        message,
        args: { name: rule.name, trimmed, leading, trailing },
        range: rule.nameRange,
        fixes: edit
          ? [{ title: "lint.rule-name-whitespace.fix", edits: [edit], isPreferred: false }]
          : [],
      });
    }
  },
};
