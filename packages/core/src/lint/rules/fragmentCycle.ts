import type { FragmentNode } from "../../model/model.js";
import { compareText } from "../../services/loadFolder.js";
import { fragmentComponents } from "../fragmentGraph.js";
import type { LintRule, Located, WorkspaceView } from "../types.js";

/**
 * Finds a chain of `use` from `start` back to itself, depth first in declaration order, and
 * returns the names along it (`[start, ..., start]`), or undefined when there is none. The
 * search keeps its own stack, so a chain of thousands of fragments cannot overflow the call
 * stack.
 */
function findCycle(start: string, workspace: WorkspaceView): string[] | undefined {
  const visited = new Set<string>();
  // `path[i]` is the fragment of `stack[i]`; `stack[i]` is the index of its next item.
  const path = [start];
  const stack = [0];
  while (stack.length > 0) {
    const depth = stack.length - 1;
    const items = workspace.resolveFragment(path[depth] as string)?.node.items ?? [];
    const item = items[stack[depth] as number];
    if (item === undefined) {
      stack.pop();
      path.pop();
      continue;
    }
    stack[depth] = (stack[depth] as number) + 1;
    if (item.type !== "use") continue;
    if (item.fragment === start) return [...path, start];
    if (visited.has(item.fragment)) continue;
    visited.add(item.fragment);
    path.push(item.fragment);
    stack.push(0);
  }
  return undefined;
}

/** Orders declarations by document, then by offset: the order `use` resolution follows. */
function compareLocation(a: Located<FragmentNode>, b: Located<FragmentNode>): number {
  return compareText(a.uri, b.uri) || a.node.range.start - b.node.range.start;
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
    const components = fragmentComponents(workspace);
    const first = new Map<number, Located<FragmentNode>>();
    for (const name of workspace.fragmentNames()) {
      const id = components.get(name);
      const declaration = workspace.resolveFragment(name);
      if (id === undefined || !declaration) continue;
      const current = first.get(id);
      if (!current || compareLocation(declaration, current) < 0) first.set(id, declaration);
    }

    for (const fragment of document.fragments) {
      // Only the declaration `use` resolves to takes part in expansion; duplicates do not.
      if (workspace.resolveFragment(fragment.name)?.node !== fragment) continue;
      const id = components.get(fragment.name);
      if (id === undefined || first.get(id)?.node !== fragment) continue;
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
