export { type Directive, type DirectiveKind, parseDirectives } from "./directives.js";
export { type ExpandedAction, type Expansion, expandItems } from "./expand.js";
export { globToRegExp, matchesGlob } from "./glob.js";
export { defaultLintLimits, type LintRunOptions, renderReport, runLintRules } from "./linter.js";
export {
  allLintRules,
  lintRuleInfo,
  lintRuleRegistry,
  ruleDocsBaseUrl,
  ruleDocsPath,
  ruleDocsUrl,
} from "./registry.js";
export { applySeverity, ruleSettingsFor, workspaceRelativePath } from "./severity.js";
export { applySuppressions, type SuppressionOptions } from "./suppressions.js";
export type {
  ActionLookup,
  LintContext,
  LintFixReport,
  LintLimits,
  LintPhase,
  LintRelatedReport,
  LintReport,
  LintRule,
  Located,
  WorkspaceView,
} from "./types.js";
