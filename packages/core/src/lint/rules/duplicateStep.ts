import type { StepNode } from "../../model/model.js";
import { stepHeadRange } from "../text.js";
import type { LintRule } from "../types.js";

/** Two steps of one rule with the same sequence: the service would see two entries for one chapter. */
export const duplicateStep: LintRule = {
  code: "duplicate-step",
  defaultSeverity: "error",
  fixable: false,
  phase: "document",
  messages: {
    summary: "lint.duplicate-step.summary",
    message: "lint.duplicate-step.message",
    related: "lint.duplicate-step.related",
  },
  check(context) {
    for (const rule of context.document.rules) {
      if (distinctInOrder(rule.steps)) continue;
      const first = new Map<number, StepNode>();
      for (const step of rule.steps) {
        const earlier = first.get(step.sequence);
        if (!earlier) {
          first.set(step.sequence, step);
          continue;
        }
        const args = { sequence: step.sequence };
        context.report({
          message: "lint.duplicate-step.message",
          args,
          range: stepHeadRange(context.document.text, step),
          related: [
            {
              uri: context.document.uri,
              range: stepHeadRange(context.document.text, earlier),
              message: "lint.duplicate-step.related",
              args,
            },
          ],
        });
      }
    }
  },
};

/**
 * True when no two steps can share a number: at most one `throughout` (0) and the other
 * numbers rising, the usual layout. It saves a map of every step of long rules.
 */
function distinctInOrder(steps: readonly StepNode[]): boolean {
  let zeros = 0;
  let previous = 0;
  for (const step of steps) {
    const sequence = step.sequence;
    if (sequence === 0) {
      if (++zeros > 1) return false;
    } else if (!(sequence > previous)) {
      return false;
    } else {
      previous = sequence;
    }
  }
  return true;
}
