import type { Expansion } from "../expand.js";
import { stepHeadRange } from "../text.js";
import type { LintRule } from "../types.js";
import { hasReadErrorIn } from "../walk.js";

/** A step that compiles to no action; a `use` of an empty fragment counts as empty. */
export const emptyStep: LintRule = {
  code: "empty-step",
  defaultSeverity: "error",
  fixable: false,
  phase: "workspace",
  messages: {
    summary: "lint.empty-step.summary",
    message: "lint.empty-step.message",
    messageThroughout: "lint.empty-step.messageThroughout",
  },
  check(context) {
    const { document } = context;
    for (const rule of document.rules) {
      const expansions = context.expansions(rule);
      rule.steps.forEach((step, index) => {
        const expansion = expansions[index] as Expansion;
        // An undefined or cyclic use is reported by its own rule; do not guess its contents.
        if (expansion.actions.length > 0 || !expansion.complete) return;
        if (hasReadErrorIn(document, step.range)) return;
        context.report({
          message:
            step.sequence === 0 ? "lint.empty-step.messageThroughout" : "lint.empty-step.message",
          args: { sequence: step.sequence },
          range: stepHeadRange(document.text, step),
        });
      });
    }
  },
};
