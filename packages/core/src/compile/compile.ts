import type {
  Content,
  ContentAction,
  FragmentNode,
  RuleDocument,
  RuleNode,
  StepItem,
} from "../model/model.js";

/**
 * Compiles a rule to the service's `Content`: one step per entry in source order
 * (`throughout` is `sequence` 0), with every `use NAME` replaced by the fragment's items,
 * recursively. A use of an undefined fragment, or one that would recurse into a fragment
 * already being expanded, adds nothing: the lint rules report both.
 */
export function compileRule(rule: RuleNode, fragments: ReadonlyMap<string, FragmentNode>): Content {
  return rule.steps.map((step) => {
    const actions: ContentAction[] = [];
    expandItems(step.items, fragments, new Set(), actions);
    return { sequence: step.sequence, actions };
  });
}

function expandItems(
  items: readonly StepItem[],
  fragments: ReadonlyMap<string, FragmentNode>,
  expanding: Set<string>,
  actions: ContentAction[],
): void {
  // An explicit stack instead of recursion, so a chain of thousands of fragments cannot
  // overflow the call stack. Each frame is a list, the next index in it, and the fragment
  // name it expands (undefined for the step's own list).
  const stack: Array<{ list: readonly StepItem[]; next: number; name: string | undefined }> = [
    { list: items, next: 0, name: undefined },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as (typeof stack)[number];
    const item = frame.list[frame.next++];
    if (item === undefined) {
      stack.pop();
      if (frame.name !== undefined) expanding.delete(frame.name);
      continue;
    }
    if (item.type === "action") {
      actions.push({ name: item.name });
      continue;
    }
    const fragment = fragments.get(item.fragment);
    if (fragment === undefined || expanding.has(item.fragment)) continue;
    expanding.add(item.fragment);
    stack.push({ list: fragment.items, next: 0, name: item.fragment });
  }
}

/**
 * Serializes content as the service expects it: compact JSON with the keys of each step in
 * the order `sequence`, `actions`, and only `name` in each action.
 */
export function contentToJson(content: Content): string {
  return JSON.stringify(
    content.map((step) => ({
      sequence: step.sequence,
      actions: step.actions.map((action) => ({ name: action.name })),
    })),
  );
}

/**
 * Collects the fragments declared in `documents` by name, the way `compileRule` looks them
 * up. When a name is declared twice, the first declaration (in the order given) wins; the
 * lint rules report the duplicate.
 */
export function collectFragments(documents: Iterable<RuleDocument>): Map<string, FragmentNode> {
  const fragments = new Map<string, FragmentNode>();
  for (const document of documents) {
    for (const fragment of document.fragments) {
      if (!fragments.has(fragment.name)) fragments.set(fragment.name, fragment);
    }
  }
  return fragments;
}
