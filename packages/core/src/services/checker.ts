import { type CancellationToken, throwIfCancelled } from "../cancellation.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { dropFollowOnFindings } from "../lint/followOn.js";
import { LintFacts, type LintRunOptions, runLintRules } from "../lint/linter.js";
import { allLintRules } from "../lint/registry.js";
import { applySeverity, ruleSettingsFor, workspaceRelativePath } from "../lint/severity.js";
import { applySuppressions } from "../lint/suppressions.js";
import type { ActionLookup, LintPhase, LintRule } from "../lint/types.js";
import type { Logger } from "../logger.js";
import type { RuleDocument } from "../model/model.js";
import { compareText } from "./loadFolder.js";
import type { IdrsConfig, RuleSetting } from "./types.js";
import type { WorkspaceIndex } from "./workspaceIndex.js";

const documentPhase: readonly LintPhase[] = ["document"];
const workspacePhase: readonly LintPhase[] = ["workspace"];

/** The lint rules to run in each phase. */
interface PhaseRules {
  document: LintRule[];
  workspace: LintRule[];
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  if (a.range.start !== b.range.start) return a.range.start - b.range.start;
  if (a.range.end !== b.range.end) return a.range.end - b.range.end;
  return compareText(a.code, b.code);
}

/**
 * Checks one document in the context of the workspace: the readers' diagnostics, then the
 * document rules (cached per parsed document, since they see nothing else), then the
 * workspace rules (run every time, since other documents may have changed). Configured
 * severities are applied, and inline directives mark what they silence.
 */
export class Checker {
  private readonly documentPhaseCache = new WeakMap<RuleDocument, Diagnostic[]>();
  private readonly settingsCache = new Map<string, Map<string, RuleSetting>>();
  private sharedSettings: Map<string, RuleSetting> | undefined;
  private readonly rulesCache = new WeakMap<Map<string, RuleSetting>, PhaseRules>();

  constructor(
    private readonly options: {
      index: WorkspaceIndex;
      catalog: ActionLookup;
      config: IdrsConfig | undefined;
      rootUri: string | undefined;
      locale: Locale;
      logger: Logger;
    },
  ) {}

  settingsFor(uri: string): Map<string, RuleSetting> {
    // Without overrides every document has the same settings: one map serves them all.
    if (!this.options.config?.overrides?.length) {
      this.sharedSettings ??= ruleSettingsFor(this.options.config, "");
      return this.sharedSettings;
    }
    let settings = this.settingsCache.get(uri);
    if (!settings) {
      settings = ruleSettingsFor(
        this.options.config,
        workspaceRelativePath(uri, this.options.rootUri),
      );
      this.settingsCache.set(uri, settings);
    }
    return settings;
  }

  /**
   * Returns the rules of each phase that the settings leave on, in registry order. Most
   * documents share one settings map, so the lists are built once, not per check.
   */
  private enabledRules(settings: Map<string, RuleSetting>): PhaseRules {
    let rules = this.rulesCache.get(settings);
    if (!rules) {
      const enabled = allLintRules().filter(
        (rule) => rule.check !== undefined && settings.get(rule.code) !== "off",
      );
      rules = {
        document: enabled.filter((rule) => rule.phase === "document"),
        workspace: enabled.filter((rule) => rule.phase === "workspace"),
      };
      this.rulesCache.set(settings, rules);
    }
    return rules;
  }

  /** Options of one phase's run, written out: spreading a shared object cost more than the run. */
  private runOptions(
    phase: "document" | "workspace",
    rules: PhaseRules,
    facts: LintFacts,
    token: CancellationToken | undefined,
  ): LintRunOptions {
    return {
      workspace: this.options.index,
      catalog: this.options.catalog,
      limits: this.options.config?.limits,
      locale: this.options.locale,
      phases: phase === "document" ? documentPhase : workspacePhase,
      rules: rules[phase],
      token,
      logger: this.options.logger,
      facts,
    };
  }

  check(document: RuleDocument, token: CancellationToken | undefined): Diagnostic[] {
    throwIfCancelled(token);
    const settings = this.settingsFor(document.uri);
    const rules = this.enabledRules(settings);
    // Both phases below see this document and this workspace state: they share the
    // actions collected and the steps expanded.
    const facts = new LintFacts(document, this.options.index);

    let documentPhase = this.documentPhaseCache.get(document);
    if (!documentPhase) {
      documentPhase = runLintRules(document, this.runOptions("document", rules, facts, token));
      this.documentPhaseCache.set(document, documentPhase);
    }
    const workspacePhase = runLintRules(
      document,
      this.runOptions("workspace", rules, facts, token),
    );

    const configured = applySeverity(
      [
        ...document.parseDiagnostics,
        ...dropFollowOnFindings(document, [...documentPhase, ...workspacePhase]),
      ],
      settings,
    );
    const marked =
      document.kind === "idrs"
        ? applySuppressions(document, configured, {
            locale: this.options.locale,
            directiveSetting: settings.get("unused-disable-directive"),
          })
        : configured;
    return marked.sort(byPosition);
  }
}
