import type { LintRule } from "../types.js";

/** Actions seen only in the vendor's mobile SDK: no published rule content proves them valid. */
export const sdkOnlyAction: LintRule = {
  code: "sdk-only-action",
  defaultSeverity: "warning",
  fixable: false,
  phase: "document",
  messages: { summary: "lint.sdk-only-action.summary", message: "lint.sdk-only-action.message" },
  check(context) {
    for (const item of context.actionItems()) {
      if (context.catalog.lookup(item.name)?.status !== "sdk-only") continue;
      context.report({
        message: "lint.sdk-only-action.message",
        args: { name: item.name },
        range: item.range,
      });
    }
  },
};
