import type { LintRule } from "../types.js";

/** A rule file that declares nothing; often a file saved before its first rule was written. */
export const noRules: LintRule = {
  code: "no-rules",
  defaultSeverity: "warning",
  fixable: false,
  phase: "document",
  messages: { summary: "lint.no-rules.summary", message: "lint.no-rules.message" },
  check(context) {
    const { document } = context;
    if (document.rules.length > 0 || document.fragments.length > 0) return;
    // A file that could not be read has its own errors; "no rules" would only add noise.
    if (document.parseDiagnostics.some((diagnostic) => diagnostic.severity === "error")) return;
    context.report({ message: "lint.no-rules.message", range: { start: 0, end: 0 } });
  },
};
