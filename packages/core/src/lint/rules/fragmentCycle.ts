import { fragmentCycleFacts } from "../fragmentGraph.js";
import type { LintRule, WorkspaceView } from "../types.js";

/**
 * Finds a chain of `use` from `start` back to itself, depth first in declaration order, and
 * returns the names along it (`[start, ..., start]`), or undefined when there is none. Only
 * fragments of `start`'s strongly connected component can lead back to `start`, so the
 * search skips the others: that leaves the chain it finds unchanged and keeps the cost to
 * the size of the component. The search keeps its own stack, so a chain of thousands of
 * fragments cannot overflow the call stack.
 */
function findCycle(
  start: string,
  workspace: WorkspaceView,
  components: ReadonlyMap<string, number>,
): string[] | undefined {
  const component = components.get(start);
  const visited = new Set<string>();
  // `path[i]` is the fragment of `stack[i]`; `stack[i]` is the index of its next item.
  const path = [start];
  const stack = [0];
  const itemsOf = [workspace.resolveFragment(start)?.node.items ?? []];
  while (stack.length > 0) {
    const depth = stack.length - 1;
    const item = itemsOf[depth]?.[stack[depth] as number];
    if (item === undefined) {
      stack.pop();
      path.pop();
      itemsOf.pop();
      continue;
    }
    stack[depth] = (stack[depth] as number) + 1;
    if (item.type !== "use") continue;
    if (item.fragment === start) return [...path, start];
    if (visited.has(item.fragment) || components.get(item.fragment) !== component) continue;
    visited.add(item.fragment);
    path.push(item.fragment);
    stack.push(0);
    itemsOf.push(workspace.resolveFragment(item.fragment)?.node.items ?? []);
  }
  return undefined;
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
    if (document.fragments.length === 0) return;

    // Fragments on one cycle share a strongly connected component. The cycle is one
    // mistake, so it is reported once, at the first declaration among its fragments.
    const { components, firstDeclarations } = fragmentCycleFacts(workspace);

    for (const fragment of document.fragments) {
      // Only the declaration `use` resolves to takes part in expansion; duplicates do not.
      if (workspace.resolveFragment(fragment.name)?.node !== fragment) continue;
      const id = components.get(fragment.name);
      if (id === undefined || firstDeclarations.get(id)?.node !== fragment) continue;
      const cycle = findCycle(fragment.name, workspace, components);
      if (!cycle) continue;
      context.report({
        message: "lint.fragment-cycle.message",
        args: { name: fragment.name, path: cycle.join(" → ") },
        range: fragment.nameRange,
      });
    }
  },
};
