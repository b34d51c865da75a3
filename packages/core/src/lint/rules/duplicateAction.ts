import type { ExpandedAction, Expansion } from "../expand.js";
import { removeListItemEdit } from "../text.js";
import type { LintRule } from "../types.js";

/**
 * The same action twice in one step after fragments are expanded. The diagnostic points at
 * the item of the step that brings the repeat in. Only a repeat written directly in the
 * step gets the fix, because removing a `use` would remove its other actions too.
 */
export const duplicateAction: LintRule = {
  code: "duplicate-action",
  defaultSeverity: "warning",
  fixable: true,
  phase: "workspace",
  messages: {
    summary: "lint.duplicate-action.summary",
    message: "lint.duplicate-action.message",
    messageViaFragment: "lint.duplicate-action.messageViaFragment",
    related: "lint.duplicate-action.related",
    fix: "lint.duplicate-action.fix",
  },
  check(context) {
    const { document } = context;
    for (const rule of document.rules) {
      const expansions = context.expansions(rule);
      rule.steps.forEach((step, index) => {
        const actions = (expansions[index] as Expansion).actions;
        // Most steps repeat nothing: find that out without allocating a map per step.
        if (!hasRepeatedName(actions)) return;
        const first = new Map<string, ExpandedAction>();
        const reported = new Set<string>();
        for (const action of actions) {
          const earlier = first.get(action.name);
          if (!earlier) {
            first.set(action.name, action);
            continue;
          }

          // One report per item of the step and name, however often a fragment repeats it.
          const key = `${action.site.range.start}:${action.name}`;
          if (reported.has(key)) continue;
          reported.add(key);

          const args = {
            name: action.name,
            sequence: step.sequence,
            fragment: action.via[0] ?? "",
          };
          const edit =
            action.site.type === "action"
              ? removeListItemEdit(document.text, step.items, step.items.indexOf(action.site))
              : undefined;
          context.report({
            message:
              action.via.length > 0
                ? "lint.duplicate-action.messageViaFragment"
                : "lint.duplicate-action.message",
            args,
            range: action.site.range,
            related: [
              {
                uri: document.uri,
                range: earlier.site.range,
                message: "lint.duplicate-action.related",
                args,
              },
            ],
            fixes: edit
              ? [{ title: "lint.duplicate-action.fix", args, edits: [edit], isPreferred: true }]
              : [],
          });
        }
      });
    }
  },
};

/** Beyond this many actions, a set finds a repeated name faster than comparing pairs. */
const PAIRWISE_LIMIT = 16;

function hasRepeatedName(actions: readonly ExpandedAction[]): boolean {
  if (actions.length < 2) return false;
  if (actions.length > PAIRWISE_LIMIT) {
    return new Set(actions.map((action) => action.name)).size < actions.length;
  }
  for (let i = 1; i < actions.length; i++) {
    const name = (actions[i] as ExpandedAction).name;
    for (let j = 0; j < i; j++) if ((actions[j] as ExpandedAction).name === name) return true;
  }
  return false;
}
