import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { translate } from "../i18n/translate.js";
import { jsonDiagnostic } from "../json/diagnostic.js";
import type { JsonTree } from "../json/tree.js";

/**
 * Records the position of every entry of the configuration's `actions` list. Removing
 * invalid parts drops entries but keeps the others as the same objects, so the positions
 * recorded here still lead from a kept entry back to its place in the text.
 */
export function actionEntryIndices(config: unknown): WeakMap<object, number> {
  const indices = new WeakMap<object, number>();
  const actions = (config as { actions?: unknown } | null)?.actions;
  if (!Array.isArray(actions)) return indices;
  actions.forEach((entry, index) => {
    if (typeof entry === "object" && entry !== null) indices.set(entry, index);
  });
  return indices;
}

/** One kept entry of `actions` whose name an earlier kept entry already declared. */
export interface RepeatedAction {
  name: string;
  /** Positions in the `actions` list as written, from 0. */
  firstIndex: number;
  index: number;
}

/**
 * Finds the kept entries that repeat an earlier kept entry's name. Entries that the schema
 * rejected are gone by now: they declare nothing, so they repeat nothing either.
 */
export function repeatedActions(
  kept: readonly unknown[],
  indices: WeakMap<object, number>,
): RepeatedAction[] {
  const firstByName = new Map<string, number>();
  const repeated: RepeatedAction[] = [];
  for (const entry of kept) {
    const index = indices.get(entry as object);
    const name = (entry as { name: string }).name;
    if (index === undefined) continue;
    const firstIndex = firstByName.get(name);
    if (firstIndex === undefined) firstByName.set(name, index);
    else repeated.push({ name, firstIndex, index });
  }
  return repeated;
}

/**
 * Warns at the `name` of each entry that repeats an earlier one, with the earlier name as
 * related information. The catalog keeps the later entry, so the run goes on.
 */
export function repeatedActionDiagnostics(
  tree: JsonTree,
  repeated: readonly RepeatedAction[],
  options: { uri: string; locale: Locale },
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const entry of repeated) {
    const diagnostic = repeatedActionDiagnostic(tree, entry, options);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

function repeatedActionDiagnostic(
  tree: JsonTree,
  repeated: RepeatedAction,
  options: { uri: string; locale: Locale },
): Diagnostic | undefined {
  const name = tree.resolve(`/actions/${repeated.index}/name`);
  const first = tree.resolve(`/actions/${repeated.firstIndex}/name`);
  // Both names are in the text, since the entries were read from it; this only guards types.
  if (!name.complete || !first.complete) return undefined;

  const args = { name: repeated.name, entry: repeated.index + 1, first: repeated.firstIndex + 1 };
  const diagnostic = jsonDiagnostic({
    code: "invalid-config",
    severity: "warning",
    uri: options.uri,
    locale: options.locale,
    key: "json.config.duplicate-action",
    args,
    range: { start: tree.start(name.node), end: tree.end(name.node) },
  });
  diagnostic.related.push({
    uri: options.uri,
    range: { start: tree.start(first.node), end: tree.end(first.node) },
    message: translate(options.locale, "json.config.duplicate-action.related", args),
  });
  return diagnostic;
}
