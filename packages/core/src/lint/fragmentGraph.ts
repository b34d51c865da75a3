import type { FragmentNode } from "../model/model.js";
import { compareText } from "../services/loadFolder.js";
import type { Located, WorkspaceView } from "./types.js";

/**
 * Groups the workspace's fragments into strongly connected components of the `use` graph
 * (Tarjan's algorithm), following only the declaration each name resolves to. Returns the
 * component id of every fragment name; two names share an id exactly when each reaches
 * the other. The walk keeps its own stack, so a chain of thousands of fragments cannot
 * overflow the call stack.
 */
export function fragmentComponents(
  workspace: Pick<WorkspaceView, "fragmentNames" | "resolveFragment">,
): Map<string, number> {
  const order = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const component = new Map<string, number>();
  const pending: string[] = [];
  let counter = 0;
  let components = 0;

  const successors = (name: string): string[] =>
    (workspace.resolveFragment(name)?.node.items ?? []).flatMap((item) =>
      item.type === "use" && workspace.resolveFragment(item.fragment) ? [item.fragment] : [],
    );

  for (const root of workspace.fragmentNames()) {
    if (order.has(root) || !workspace.resolveFragment(root)) continue;

    // Each frame is a fragment and the index of its next successor to look at.
    const frames: Array<{ name: string; next: number; targets: string[] }> = [];
    const open = (name: string) => {
      order.set(name, counter);
      lowLink.set(name, counter);
      counter++;
      pending.push(name);
      onStack.add(name);
      frames.push({ name, next: 0, targets: successors(name) });
    };
    open(root);

    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as (typeof frames)[number];
      const target = frame.targets[frame.next++];
      if (target !== undefined) {
        if (!order.has(target)) open(target);
        else if (onStack.has(target))
          lowLink.set(frame.name, Math.min(lowLink.get(frame.name) ?? 0, order.get(target) ?? 0));
        continue;
      }

      frames.pop();
      const low = lowLink.get(frame.name) ?? 0;
      const parent = frames[frames.length - 1];
      if (parent) lowLink.set(parent.name, Math.min(lowLink.get(parent.name) ?? 0, low));
      if (low !== order.get(frame.name)) continue;

      // `frame.name` is the root of a component: everything above it on the stack is in it.
      for (let member = pending.pop(); member !== undefined; member = pending.pop()) {
        onStack.delete(member);
        component.set(member, components);
        if (member === frame.name) break;
      }
      components++;
    }
  }
  return component;
}

/** Facts `fragment-cycle` needs about the whole workspace, computed once per workspace state. */
export interface FragmentCycleFacts {
  /** The component id of every fragment name that resolves to a declaration. */
  components: ReadonlyMap<string, number>;
  /** Per component, its first declaration by document, then offset: where a cycle is reported. */
  firstDeclarations: ReadonlyMap<number, Located<FragmentNode>>;
}

// Keyed by the set `fragmentsReachableFromRules` returns, which is a new object after every
// change of the workspace (see `WorkspaceView`). Each document's check reads the same facts,
// so a repository of one fragment a file costs one graph walk, not one walk per file.
const cycleFactsByState = new WeakMap<ReadonlySet<string>, FragmentCycleFacts>();

/** Returns the components of the `use` graph and the first declaration of each. */
export function fragmentCycleFacts(
  workspace: Pick<
    WorkspaceView,
    "fragmentNames" | "resolveFragment" | "fragmentsReachableFromRules"
  >,
): FragmentCycleFacts {
  const state = workspace.fragmentsReachableFromRules();
  const cached = cycleFactsByState.get(state);
  if (cached) return cached;

  const components = fragmentComponents(workspace);
  const firstDeclarations = new Map<number, Located<FragmentNode>>();
  for (const name of workspace.fragmentNames()) {
    const id = components.get(name);
    const declaration = workspace.resolveFragment(name);
    if (id === undefined || !declaration) continue;
    const current = firstDeclarations.get(id);
    if (!current || compareLocation(declaration, current) < 0)
      firstDeclarations.set(id, declaration);
  }

  const facts = { components, firstDeclarations };
  cycleFactsByState.set(state, facts);
  return facts;
}

/** Orders declarations by document, then by offset: the order `use` resolution follows. */
function compareLocation(a: Located<FragmentNode>, b: Located<FragmentNode>): number {
  return compareText(a.uri, b.uri) || a.node.range.start - b.node.range.start;
}
