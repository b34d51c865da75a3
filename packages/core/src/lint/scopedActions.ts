import type { ActionDefinition } from "../services/types.js";
import { expandItems } from "./expand.js";
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
  const { document, workspace, catalog } = context;
  for (const rule of document.rules) {
    for (const step of rule.steps) {
      if (!inStep(step.sequence)) continue;

      const reported = new Set<string>();
      for (const action of expandItems(step.items, document.uri, workspace).actions) {
        if (catalog.get(action.name)?.scope !== scope) continue;
        const key = `${action.site.range.start}:${action.name}`;
        if (reported.has(key)) continue;
        reported.add(key);

        context.report({
          message,
          args: { name: action.name, sequence: step.sequence },
          range: action.site.range,
        });
      }
    }
  }
}
