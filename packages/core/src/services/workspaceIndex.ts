import type { Located, WorkspaceView } from "../lint/types.js";
import type { FragmentNode, RuleDocument, RuleNode, StepItem } from "../model/model.js";
import { compareText } from "./loadFolder.js";

/** Orders declarations by document URI, then by position, so "the first" is stable. */
function byLocation<T extends { nameRange: { start: number } }>(
  a: Located<T>,
  b: Located<T>,
): number {
  if (a.uri !== b.uri) return compareText(a.uri, b.uri);
  return a.node.nameRange.start - b.node.nameRange.start;
}

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Removes every entry of one document from a name map, dropping names left empty. */
function removeDocumentFrom<T>(
  map: Map<string, Located<T>[]>,
  uri: string,
  names: Iterable<string>,
): void {
  for (const name of names) {
    const remaining = (map.get(name) ?? []).filter((entry) => entry.uri !== uri);
    if (remaining.length > 0) map.set(name, remaining);
    else map.delete(name);
  }
}

/**
 * The repository-wide facts that workspace lint rules, compile and the language server
 * need: fragments and rules by name. It is updated one document at a time, touching only
 * the names that document declares; only fragment reachability is recomputed on demand.
 */
export class WorkspaceIndex implements WorkspaceView {
  private readonly documents = new Map<string, RuleDocument>();
  private readonly fragmentsByName = new Map<string, Located<FragmentNode>[]>();
  private readonly rulesByName = new Map<string, Located<RuleNode>[]>();
  private reachable: Set<string> | undefined;

  update(document: RuleDocument): void {
    if (this.documents.get(document.uri) === document) return;
    this.remove(document.uri);
    this.documents.set(document.uri, document);

    for (const fragment of document.fragments) {
      addTo(this.fragmentsByName, fragment.name, { uri: document.uri, node: fragment });
      this.fragmentsByName.get(fragment.name)?.sort(byLocation);
    }
    for (const rule of document.rules) {
      addTo(this.rulesByName, rule.name, { uri: document.uri, node: rule });
      this.rulesByName.get(rule.name)?.sort(byLocation);
    }
    this.reachable = undefined;
  }

  remove(uri: string): void {
    const previous = this.documents.get(uri);
    if (!previous) return;
    this.documents.delete(uri);
    removeDocumentFrom(
      this.fragmentsByName,
      uri,
      previous.fragments.map((fragment) => fragment.name),
    );
    removeDocumentFrom(
      this.rulesByName,
      uri,
      previous.rules.map((rule) => rule.name),
    );
    this.reachable = undefined;
  }

  /** The document last given to `update` for this address, if any. */
  document(uri: string): RuleDocument | undefined {
    return this.documents.get(uri);
  }

  fragmentDeclarations(name: string): Located<FragmentNode>[] {
    return this.fragmentsByName.get(name) ?? [];
  }

  resolveFragment(name: string): Located<FragmentNode> | undefined {
    return this.fragmentDeclarations(name)[0];
  }

  fragmentNames(): string[] {
    return [...this.fragmentsByName.keys()];
  }

  rulesNamed(name: string): Located<RuleNode>[] {
    return this.rulesByName.get(name) ?? [];
  }

  /** Returns the fragments `use` resolves to, by name, in the form the compiler takes them. */
  resolvedFragments(): Map<string, FragmentNode> {
    const resolved = new Map<string, FragmentNode>();
    for (const [name, declarations] of this.fragmentsByName) {
      const first = declarations[0];
      if (first) resolved.set(name, first.node);
    }
    return resolved;
  }

  fragmentsReachableFromRules(): ReadonlySet<string> {
    if (this.reachable) return this.reachable;
    const reachable = new Set<string>();
    // Nothing to reach: a repository of JSON rule files declares no fragment at all.
    if (this.fragmentsByName.size === 0) {
      this.reachable = reachable;
      return reachable;
    }
    // A work list instead of recursion: a chain of thousands of fragments must not
    // exhaust the call stack.
    const pending: (readonly StepItem[])[] = [];
    for (const document of this.documents.values()) {
      for (const rule of document.rules) {
        for (const step of rule.steps) pending.push(step.items);
      }
    }
    for (let items = pending.pop(); items !== undefined; items = pending.pop()) {
      for (const item of items) {
        if (item.type !== "use" || reachable.has(item.fragment)) continue;
        reachable.add(item.fragment);
        // Every declaration of the name counts as reached, so duplicates are not also "unused".
        for (const declaration of this.fragmentDeclarations(item.fragment))
          pending.push(declaration.node.items);
      }
    }
    this.reachable = reachable;
    return reachable;
  }
}
