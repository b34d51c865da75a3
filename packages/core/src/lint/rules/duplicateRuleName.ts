import type { LintRule } from "../types.js";

/** One rule name used by two rules anywhere in the repository, in `.idrs` or `.rule.json`. */
export const duplicateRuleName: LintRule = {
  code: "duplicate-rule-name",
  defaultSeverity: "error",
  fixable: false,
  phase: "workspace",
  messages: {
    summary: "lint.duplicate-rule-name.summary",
    message: "lint.duplicate-rule-name.message",
    related: "lint.duplicate-rule-name.related",
  },
  check(context) {
    const { document, workspace } = context;
    for (const rule of document.rules) {
      // Empty names are reported by empty-rule-name; they do not name anything to clash with.
      if (rule.name === "") continue;
      const namesakes = workspace.rulesNamed(rule.name);
      if (namesakes.length < 2) continue;

      const args = { name: rule.name, count: namesakes.length };
      context.report({
        message: "lint.duplicate-rule-name.message",
        args,
        range: rule.nameRange,
        related: namesakes
          .filter((other) => other.node !== rule)
          .map((other) => ({
            uri: other.uri,
            range: other.node.nameRange,
            message: "lint.duplicate-rule-name.related" as const,
            args,
          })),
      });
    }
  },
};
