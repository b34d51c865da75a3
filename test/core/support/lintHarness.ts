import { createActionCatalog } from "../../../packages/core/src/catalog/index.js";
import type { Diagnostic, TextEdit } from "../../../packages/core/src/diagnostics.js";
import { runLintRules } from "../../../packages/core/src/lint/linter.js";
import type { ActionLookup, LintLimits, LintRule } from "../../../packages/core/src/lint/types.js";
import type { RuleDocument } from "../../../packages/core/src/model/model.js";
import { WorkspaceIndex } from "../../../packages/core/src/services/workspaceIndex.js";

/** The real catalog: the bundled actions, as every host loads them. */
export const testCatalog: ActionLookup = createActionCatalog();

/** Runs one rule on every document, with all of them in the workspace, and returns its findings. */
export function lintWith(
  rule: LintRule,
  documents: RuleDocument[],
  options: { limits?: Partial<LintLimits>; catalog?: ActionLookup } = {},
): Diagnostic[] {
  const index = new WorkspaceIndex();
  for (const document of documents) index.update(document);
  return documents.flatMap((document) =>
    runLintRules(document, {
      workspace: index,
      catalog: options.catalog ?? testCatalog,
      limits: options.limits,
      locale: "en",
      phases: [rule.phase],
      rules: [rule],
    }),
  );
}

/** Applies non-overlapping edits to a text, last first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[] | undefined): string {
  return [...(edits ?? [])]
    .sort((a, b) => b.range.start - a.range.start)
    .reduce(
      (result, edit) =>
        result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end),
      text,
    );
}

/** Returns the text a diagnostic's range covers, for asserting where a rule points. */
export function rangeText(
  document: RuleDocument,
  diagnostic: Diagnostic | undefined,
): string | undefined {
  return diagnostic && document.text.slice(diagnostic.range.start, diagnostic.range.end);
}
