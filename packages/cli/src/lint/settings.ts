import {
  type IdrsConfig,
  type RuleSetting,
  ruleSettingsFor,
  workspaceRelativePath,
} from "@idrs-rules/core";

/**
 * Setting of `file-encoding` for a byte order mark in one file, which the CLI reports
 * itself: `rules` and matching `overrides` of the configuration, else `warning`.
 */
export function bomSetting(config: IdrsConfig, root: string, path: string): RuleSetting {
  return (
    ruleSettingsFor(config, workspaceRelativePath(path, root)).get("file-encoding") ?? "warning"
  );
}
