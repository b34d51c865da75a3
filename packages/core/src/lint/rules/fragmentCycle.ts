import type { LintRule, WorkspaceView } from "../types.js";

/**
 * Finds a chain of `use` from `start` back to itself, depth first in declaration order, and
 * returns the names along it (`[start, ..., start]`), or undefined when there is none.
 */
function findCycle(start: string, workspace: WorkspaceView): string[] | undefined {
  const visited = new Set<string>();
  const search = (name: string, path: string[]): string[] | undefined => {
    const fragment = workspace.resolveFragment(name)?.node;
    if (!fragment) return undefined;
    for (const item of fragment.items) {
      if (item.type !== "use") continue;
      if (item.fragment === start) return [...path, start];
      if (visited.has(item.fragment)) continue;
      visited.add(item.fragment);
      const found = search(item.fragment, [...path, item.fragment]);
      if (found) return found;
    }
    return undefined;
  };
  return search(start, [start]);
}

/** Fragments that use themselves through a chain of `use`: the compiler cannot inline them. */
export const fragmentCycle: LintRule = {
  code: "fragment-cycle",
  defaultSeverity: "error",
  fixable: false,
  phase: "workspace",
  messages: { summary: "lint.fragment-cycle.summary", message: "lint.fragment-cycle.message" },
  check(context) {
    const { document, workspace } = context;
    for (const fragment of document.fragments) {
      // Only the declaration `use` resolves to takes part in expansion; duplicates do not.
      if (workspace.resolveFragment(fragment.name)?.node !== fragment) continue;
      const cycle = findCycle(fragment.name, workspace);
      if (!cycle) continue;
      context.report({
        message: "lint.fragment-cycle.message",
        args: { name: fragment.name, path: cycle.join(" → ") },
        range: fragment.nameRange,
      });
    }
  },
};
