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
