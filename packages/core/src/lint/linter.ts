import {
  type CancellationToken,
  OperationCancelledError,
  throwIfCancelled,
} from "../cancellation.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { translate } from "../i18n/translate.js";
import { type Logger, silentLogger } from "../logger.js";
import type { ActionItem, FragmentUse, RuleDocument, RuleNode } from "../model/model.js";
import { type Expansion, expandItems } from "./expand.js";
import { allLintRules } from "./registry.js";
import { internalError } from "./rules/internalError.js";
import type {
  ActionLookup,
  LintContext,
  LintLimits,
  LintPhase,
  LintReport,
  LintRule,
  WorkspaceView,
} from "./types.js";
import { type WrittenItems, writtenItems } from "./walk.js";

/** Limits used when the configuration sets none; see the rules' NOTE on why these values. */
export const defaultLintLimits: LintLimits = { maxNameLength: 64, maxContentBytes: 65536 };

export interface LintRunOptions {
  workspace: WorkspaceView;
  catalog: ActionLookup;
  limits?: Partial<LintLimits>;
  locale: Locale;
  /** Phases to run: `document`, `workspace` or both. */
  phases: readonly LintPhase[];
  /** Rules to run; all registered rules by default. */
  rules?: readonly LintRule[];
  /** Skips rules whose diagnostics would be dropped anyway (configured `off`). */
  isEnabled?: (code: string) => boolean;
  token?: CancellationToken;
  logger?: Logger;
  /**
   * Facts shared with other runs on the same document and workspace state, e.g. the
   * document and workspace phases of one check.
   */
  facts?: LintFacts;
}

/** Turns a rule's report into a diagnostic, rendering every text in the locale. */
export function renderReport(
  rule: LintRule,
  report: LintReport,
  uri: string,
  locale: Locale,
): Diagnostic {
  const args = report.args ?? {};
  return {
    code: rule.code,
    severity: rule.defaultSeverity,
    uri,
    range: report.range,
    message: translate(locale, report.message, args),
    args,
    fixes: (report.fixes ?? []).map((fix) => ({
      title: translate(locale, fix.title, fix.args ?? args),
      edits: fix.edits,
      isPreferred: fix.isPreferred,
    })),
    related: (report.related ?? []).map((related) => ({
      uri: related.uri,
      range: related.range,
      message: translate(locale, related.message, related.args ?? args),
    })),
  };
}

/**
 * Runs the checks of the selected phases on one document and returns their diagnostics
 * with each rule's default severity. Cancellation is checked between rules. A rule that
 * throws is a bug in this project: it is logged and skipped so the other rules still run.
 */
export function runLintRules(document: RuleDocument, options: LintRunOptions): Diagnostic[] {
  const logger = options.logger ?? silentLogger;
  const limits =
    options.limits === undefined
      ? defaultLintLimits
      : { ...defaultLintLimits, ...definedLimits(options.limits) };
  const diagnostics: Diagnostic[] = [];
  const facts =
    options.facts?.document === document
      ? options.facts
      : new LintFacts(document, options.workspace);

  // One context serves the whole run, and its `report` renders with the rule that is
  // running. Rules use their context only while their `check` runs.
  const context = new RunContext(document, options, limits, facts, diagnostics);

  for (const rule of options.rules ?? allLintRules()) {
    throwIfCancelled(options.token);
    if (!rule.check || !options.phases.includes(rule.phase)) continue;
    if (options.isEnabled && !options.isEnabled(rule.code)) continue;

    context.current = rule;
    try {
      rule.check(context);
    } catch (error) {
      if (error instanceof OperationCancelledError) throw error;
      // The diagnostic keeps the run from ending clean; the stack trace is for debugging
      // only, so it goes to the debug log (shown by the CLI when IDRS_RULES_DEBUG is set).
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push(
        renderReport(
          internalError,
          {
            message: "lint.internal-error.message",
            args: { rule: rule.code, error: reason },
            range: { start: 0, end: 0 },
          },
          document.uri,
          options.locale,
        ),
      );
      logger.debug(
        `lint rule ${rule.code} failed on ${document.uri}: ${error instanceof Error ? (error.stack ?? reason) : reason}`,
      );
    } finally {
      context.current = undefined;
    }
  }
  return diagnostics;
}

/**
 * The context of one run. A class, not an object of closures: a check of a thousand files
 * creates two per file.
 */
class RunContext implements LintContext {
  readonly workspace: WorkspaceView;
  readonly catalog: ActionLookup;
  readonly locale: Locale;
  /** The rule whose `check` runs; its reports are rendered with it. */
  current: LintRule | undefined;

  constructor(
    readonly document: RuleDocument,
    options: LintRunOptions,
    readonly limits: LintLimits,
    private readonly facts: LintFacts,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.workspace = options.workspace;
    this.catalog = options.catalog;
    this.locale = options.locale;
  }

  actionItems(): readonly ActionItem[] {
    return this.facts.written().actions;
  }

  fragmentUses(): readonly FragmentUse[] {
    return this.facts.written().uses;
  }

  expansions(rule: RuleNode): readonly Expansion[] {
    return this.facts.expansions(rule);
  }

  report(report: LintReport): void {
    const rule = this.current;
    if (rule === undefined) throw new Error("a lint rule reported after its check ended");
    this.diagnostics.push(renderReport(rule, report, this.document.uri, this.locale));
  }
}

/**
 * Facts several rules need, computed on first use and shared by the rules of one run, or of
 * the runs that `LintRunOptions.facts` joins. They must all see one document and one
 * workspace state, so nothing here can go stale. The next check computes them again.
 */
export class LintFacts {
  private writtenItems: WrittenItems | undefined;
  private readonly expansionsByRule = new Map<RuleNode, Expansion[]>();

  constructor(
    readonly document: RuleDocument,
    private readonly workspace: WorkspaceView,
  ) {}

  written(): WrittenItems {
    this.writtenItems ??= writtenItems(this.document);
    return this.writtenItems;
  }

  expansions(rule: RuleNode): readonly Expansion[] {
    let expansions = this.expansionsByRule.get(rule);
    if (!expansions) {
      expansions = rule.steps.map((step) =>
        expandItems(step.items, this.document.uri, this.workspace),
      );
      this.expansionsByRule.set(rule, expansions);
    }
    return expansions;
  }
}

/** Drops `undefined` entries so they do not overwrite the defaults when spread. */
function definedLimits(limits: Partial<LintLimits> | undefined): Partial<LintLimits> {
  const result: Partial<LintLimits> = {};
  if (limits?.maxNameLength !== undefined) result.maxNameLength = limits.maxNameLength;
  if (limits?.maxContentBytes !== undefined) result.maxContentBytes = limits.maxContentBytes;
  return result;
}
