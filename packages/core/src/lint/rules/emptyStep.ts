import { expandItems } from "../expand.js";
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
    const { document, workspace } = context;
    for (const rule of document.rules) {
      for (const step of rule.steps) {
        const expansion = expandItems(step.items, document.uri, workspace);
        // An undefined or cyclic use is reported by its own rule; do not guess its contents.
        if (expansion.actions.length > 0 || !expansion.complete) continue;
        if (hasReadErrorIn(document, step.range)) continue;
        context.report({
          message:
            step.sequence === 0 ? "lint.empty-step.messageThroughout" : "lint.empty-step.message",
          args: { sequence: step.sequence },
          range: stepHeadRange(document.text, step),
        });
      }
    }
  },
};
