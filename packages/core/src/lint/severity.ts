import type { Diagnostic } from "../diagnostics.js";
import type { IdrsConfig, RuleSetting } from "../services/types.js";
import { matchesGlob } from "./glob.js";
import { lintRuleRegistry } from "./registry.js";

/**
 * Computes the configured setting of each rule for one document: `config.rules`, then every
 * entry of `config.overrides` whose `files` match the path, later entries winning. Rules
 * without an entry keep the severity their diagnostics were reported with.
 */
export function ruleSettingsFor(
  config: IdrsConfig | undefined,
  path: string,
): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>(Object.entries(config?.rules ?? {}));
  for (const override of config?.overrides ?? []) {
    if (!override.files.some((pattern) => matchesGlob(pattern, path))) continue;
    for (const [code, setting] of Object.entries(override.rules)) settings.set(code, setting);
  }
  return settings;
}

/**
 * Applies configured settings: `off` drops a diagnostic, a severity replaces it. Locked rules
 * (the document could not be read) keep their severity whatever is configured.
 */
export function applySeverity(
  diagnostics: readonly Diagnostic[],
  settings: ReadonlyMap<string, RuleSetting>,
): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const setting = settings.get(diagnostic.code);
    if (!setting || lintRuleRegistry.get(diagnostic.code)?.locked) {
      result.push(diagnostic);
    } else if (setting !== "off") {
      result.push(
        setting === diagnostic.severity ? diagnostic : { ...diagnostic, severity: setting },
      );
    }
  }
  return result;
}

/**
 * Returns the path that `overrides[].files` patterns are matched against: the document's path
 * relative to the workspace root when it lies inside it, else the URI's path as given.
 */
export function workspaceRelativePath(uri: string, rootUri: string | undefined): string {
  const path = uri.replace(/\\/g, "/");
  if (!rootUri) return path;
  const root = rootUri.replace(/\\/g, "/").replace(/\/+$/, "");
  return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : path;
}
