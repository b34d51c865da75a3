import type { ActionDefinition } from "../services/types.js";
import type { Expansion } from "./expand.js";
import type { LintContext } from "./types.js";

/**
 * Reports each action of the rules' steps whose catalog scope is `scope`, in the steps that
 * `inStep` selects. Shared by the two scope rules; fragments are judged where they are used.
 */
export function reportMisplacedActions(
  context: LintContext,
  scope: ActionDefinition["scope"],
  inStep: (sequence: number) => boolean,
  message: "lint.recording-action-in-step.message" | "lint.step-action-in-recording.message",
): void {
  const { document, catalog } = context;
  for (const rule of document.rules) {
    const expansions = context.expansions(rule);
    rule.steps.forEach((step, index) => {
      if (!inStep(step.sequence)) return;

      let reported: Set<string> | undefined;
      for (const action of (expansions[index] as Expansion).actions) {
        if (catalog.lookup(action.name)?.scope !== scope) continue;
        const key = `${action.site.range.start}:${action.name}`;
        reported ??= new Set();
        if (reported.has(key)) continue;
        reported.add(key);

        context.report({
          message,
          args: { name: action.name, sequence: step.sequence },
          range: action.site.range,
        });
      }
    });
  }
}
