import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { testCatalog } from "../../../../../test/core/support/lintHarness.js";
import {
  buildIdrsDocument,
  type FragmentSpec,
} from "../../../../../test/core/support/modelBuilder.js";
import type { FragmentNode, RuleDocument } from "../../model/model.js";
import { compareText } from "../../services/loadFolder.js";
import { WorkspaceIndex } from "../../services/workspaceIndex.js";
import { fragmentComponents } from "../fragmentGraph.js";
import { runLintRules } from "../linter.js";
import type { Located, WorkspaceView } from "../types.js";
import { fragmentCycle } from "./fragmentCycle.js";

/**
 * Runs the rule as it was before its cost became linear: every fragment that is the first of
 * its component searches the whole graph below it. The new rule must report exactly the same.
 */
function referenceFindings(documents: readonly RuleDocument[], workspace: WorkspaceView) {
  const compareLocation = (a: Located<FragmentNode>, b: Located<FragmentNode>) =>
    compareText(a.uri, b.uri) || a.node.range.start - b.node.range.start;

  const findCycle = (start: string): string[] | undefined => {
    const visited = new Set<string>();
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
  };

  const components = fragmentComponents(workspace);
  const first = new Map<number, Located<FragmentNode>>();
  for (const name of workspace.fragmentNames()) {
    const id = components.get(name);
    const declaration = workspace.resolveFragment(name);
    if (id === undefined || !declaration) continue;
    const current = first.get(id);
    if (!current || compareLocation(declaration, current) < 0) first.set(id, declaration);
  }

  const findings: Array<[string, number, string]> = [];
  for (const document of documents) {
    for (const fragment of document.fragments) {
      if (workspace.resolveFragment(fragment.name)?.node !== fragment) continue;
      const id = components.get(fragment.name);
      if (id === undefined || first.get(id)?.node !== fragment) continue;
      const cycle = findCycle(fragment.name);
      if (cycle) findings.push([document.uri, fragment.nameRange.start, cycle.join(" → ")]);
    }
  }
  return findings;
}

function ruleFindings(documents: readonly RuleDocument[], workspace: WorkspaceView) {
  return documents.flatMap((document) =>
    runLintRules(document, {
      workspace,
      catalog: testCatalog,
      locale: "en",
      phases: ["workspace"],
      rules: [fragmentCycle],
    }).map((d): [string, number, string] => [d.uri, d.range.start, String(d.args.path)]),
  );
}

function indexOf(documents: readonly RuleDocument[]): WorkspaceIndex {
  const index = new WorkspaceIndex();
  for (const document of documents) index.update(document);
  return index;
}

/** Passes every query on to `inner` and counts the fragment look-ups. */
function countingView(inner: WorkspaceView): WorkspaceView & { lookups: number } {
  const view = {
    lookups: 0,
    fragmentDeclarations: (name: string) => inner.fragmentDeclarations(name),
    resolveFragment: (name: string) => {
      view.lookups++;
      return inner.resolveFragment(name);
    },
    fragmentNames: () => inner.fragmentNames(),
    rulesNamed: (name: string) => inner.rulesNamed(name),
    fragmentsReachableFromRules: () => inner.fragmentsReachableFromRules(),
  };
  return view;
}

/**
 * Returns fragments `f1` to `fN`, each using the next. The last uses `last`, or contains an
 * action.
 */
function chain(count: number, last?: string): FragmentSpec[] {
  return Array.from({ length: count }, (_, index) => ({
    name: `f${index + 1}`,
    items: index + 1 < count ? [{ use: `f${index + 2}` }] : last ? [{ use: last }] : ["a"],
  }));
}

// Small graphs over few names, so cycles, duplicates and undefined uses are all common.
const names = ["A", "B", "C", "D", "E", "F"];
const itemSpec = fc.oneof(
  fc.constantFrom(...names, "Missing").map((name) => ({ use: name })),
  fc.constant("a"),
);
const fragmentSpec = fc.record({
  name: fc.constantFrom(...names),
  items: fc.array(itemSpec, { maxLength: 4 }),
});
const workspaceSpec = fc.array(fc.array(fragmentSpec, { maxLength: 5 }), {
  minLength: 1,
  maxLength: 3,
});

describe("fragment-cycle cost and findings", () => {
  it("reports what the whole-graph search reported", () => {
    fc.assert(
      fc.property(workspaceSpec, (specs) => {
        const documents = specs.map((fragments, index) =>
          buildIdrsDocument(`d${index}.idrs`, { fragments }),
        );
        const index = indexOf(documents);
        expect(ruleFindings(documents, index)).toEqual(referenceFindings(documents, index));
      }),
      { numRuns: 500 },
    );
  });

  it("looks up each fragment a few times in a chain of 6000", () => {
    const documents = [buildIdrsDocument("a.idrs", { fragments: chain(6000) })];
    const view = countingView(indexOf(documents));

    expect(ruleFindings(documents, view)).toEqual([]);
    // The search from every fragment down the chain took 6000 * 6001 / 2 look-ups.
    expect(view.lookups).toBeLessThan(10 * 6000);
  });

  it("walks the graph once for one fragment a file", () => {
    const documents = chain(6000, "f1").map((fragment, index) =>
      buildIdrsDocument(`f${index + 1}.idrs`, { fragments: [fragment] }),
    );
    const view = countingView(indexOf(documents));

    const findings = ruleFindings(documents, view);
    expect(findings.map(([uri]) => uri)).toEqual(["f1.idrs"]);
    const start = findings[0]?.[1] ?? -1;
    expect(documents[0]?.text.slice(start, start + 3)).toBe("f1:");
    expect(findings[0]?.[2].split(" → ")).toHaveLength(6001);
    expect(view.lookups).toBeLessThan(10 * 6000);
  });

  it("sees a cycle broken after a change", () => {
    const looped = buildIdrsDocument("b.idrs", { fragments: chain(3, "f1") });
    const index = indexOf([looped]);
    expect(ruleFindings([looped], index).map(([, , path]) => path)).toEqual(["f1 → f2 → f3 → f1"]);

    const fixed = buildIdrsDocument("b.idrs", { fragments: chain(3) });
    index.update(fixed);
    expect(ruleFindings([fixed], index)).toEqual([]);
  });
});
