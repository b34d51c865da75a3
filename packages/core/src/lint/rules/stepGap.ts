import type { StepNode } from "../../model/model.js";
import type { LintRule } from "../types.js";

/** Describes the missing chapters between two numbers: "3" or "3-5". */
function missingSpan(after: number, before: number): string {
  const first = after + 1;
  const last = before - 1;
  return first === last ? String(first) : `${first}-${last}`;
}

/**
 * True when the chapter steps are written as 1, 2, ..., N in this order (`throughout`
 * anywhere), the usual case, which has no gap. It saves sorting the numbers of long rules.
 */
function numberedInOrder(steps: readonly StepNode[]): boolean {
  let next = 1;
  for (const step of steps) {
    if (step.sequence === 0) continue;
    if (step.sequence !== next) return false;
    next++;
  }
  return true;
}

/**
 * Chapter steps must be numbered 1..N without gaps, because the recording app numbers the
 * chapters of a recording from 1 and a rule's step N runs on chapter N.
 */
export const stepGap: LintRule = {
  code: "step-gap",
  defaultSeverity: "warning",
  fixable: false,
  phase: "document",
  messages: { summary: "lint.step-gap.summary", message: "lint.step-gap.message" },
  check(context) {
    for (const rule of context.document.rules) {
      // An entry without a readable `sequence` may be the missing chapter: its own error
      // is the one report, and a gap here would only be a guess.
      if (rule.unreadSteps || numberedInOrder(rule.steps)) continue;

      // The first step written with each chapter number; sequence 0 is not a chapter.
      const firstBySequence = new Map<number, StepNode>();
      for (const step of rule.steps) {
        if (step.sequence > 0 && !firstBySequence.has(step.sequence))
          firstBySequence.set(step.sequence, step);
      }

      const numbers = [...firstBySequence.keys()].sort((a, b) => a - b);
      let previous = 0;
      for (const sequence of numbers) {
        const step = firstBySequence.get(sequence);
        if (step && sequence > previous + 1) {
          context.report({
            message: "lint.step-gap.message",
            args: { sequence, missing: missingSpan(previous, sequence) },
            range: step.sequenceRange,
          });
        }
        previous = sequence;
      }
    }
  },
};
