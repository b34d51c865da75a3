import type { LintRule } from "../types.js";

/**
 * A fragment that no rule of the repository reaches, directly or through other fragments.
 * It is dead text: nothing that gets deployed contains it.
 */
export const unusedFragment: LintRule = {
  code: "unused-fragment",
  defaultSeverity: "warning",
  fixable: false,
  phase: "workspace",
  messages: { summary: "lint.unused-fragment.summary", message: "lint.unused-fragment.message" },
  check(context) {
    const reachable = context.workspace.fragmentsReachableFromRules();
    for (const fragment of context.document.fragments) {
      if (reachable.has(fragment.name)) continue;
      context.report({
        message: "lint.unused-fragment.message",
        args: { name: fragment.name },
        range: fragment.nameRange,
      });
    }
  },
};
