import type { Severity, TextEdit } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { MessageArgs, MessageKey } from "../i18n/translate.js";
import type {
  ActionItem,
  FragmentNode,
  FragmentUse,
  RuleDocument,
  RuleNode,
} from "../model/model.js";
import type { ActionDefinition } from "../services/types.js";
import type { TextRange } from "../text/range.js";
import type { Expansion } from "./expand.js";

/**
 * When a rule's diagnostics are produced:
 * - `parse`: by the readers (parser, JSON reader, config reader, CLI); the rule has no check.
 * - `document`: from one document alone.
 * - `workspace`: from one document in the context of every document of the repository, so
 *   its results change when another document changes.
 * - `directive`: by the inline suppression pass (`idrs-disable` comments).
 * - `compile`: by the compile and decompile services.
 */
export type LintPhase = "parse" | "document" | "workspace" | "directive" | "compile";

/** One lint rule: its stable code, defaults and (for checking phases) its check. */
export interface LintRule {
  /** Stable kebab-case code; configuration, suppressions, docs pages and SARIF use it. */
  code: string;
  defaultSeverity: Severity;
  /** True when at least one of its diagnostics carries a preferred (safe) fix. */
  fixable: boolean;
  phase: LintPhase;
  /**
   * True for problems that make the document unreadable: configuration cannot change their
   * severity and directives cannot suppress them, because nothing after them can be trusted.
   */
  locked?: boolean;
  /** Message keys in the `lint` catalog; `summary` is the one-line description for indexes. */
  messages: { summary: MessageKey } & Partial<Record<string, MessageKey>>;
  check?(context: LintContext): void;
}

/** The action catalog as lint rules use it; `createActionCatalog` returns a superset. */
export interface ActionLookup {
  get(name: string): ActionDefinition | undefined;
  /** The definition without a copy; lint rules only read it, once per action written. */
  lookup(name: string): Readonly<ActionDefinition> | undefined;
  /** Nearest known names to `name`, best first, at most `max`. */
  suggest(name: string, max: number): string[];
}

export interface LintLimits {
  maxNameLength: number;
  maxContentBytes: number;
}

/** A declaration found somewhere in the workspace, with the document it lives in. */
export interface Located<T> {
  uri: string;
  node: T;
}

/** The queries workspace rules may make about the other documents of the repository. */
export interface WorkspaceView {
  /** Every declaration of a fragment name, in a stable order (uri, then offset). */
  fragmentDeclarations(name: string): Located<FragmentNode>[];
  /** The declaration `use NAME` resolves to: the first of `fragmentDeclarations`. */
  resolveFragment(name: string): Located<FragmentNode> | undefined;
  fragmentNames(): string[];
  /** Every rule with this exact name, in a stable order. */
  rulesNamed(name: string): Located<RuleNode>[];
  /**
   * Names of fragments reachable from at least one rule, through any chain of `use`. The
   * same set object comes back until the workspace changes, and a new one after any change:
   * `fragment-cycle` keys its shared graph facts on it.
   */
  fragmentsReachableFromRules(): ReadonlySet<string>;
}

export interface LintFixReport {
  title: MessageKey;
  args?: MessageArgs;
  edits: TextEdit[];
  isPreferred: boolean;
}

export interface LintRelatedReport {
  uri: string;
  range: TextRange;
  message: MessageKey;
  args?: MessageArgs;
}

/** A finding as a rule reports it; the linter adds the code, severity and rendered text. */
export interface LintReport {
  message: MessageKey;
  args?: MessageArgs;
  range: TextRange;
  fixes?: LintFixReport[];
  related?: LintRelatedReport[];
}

export interface LintContext {
  readonly document: RuleDocument;
  readonly workspace: WorkspaceView;
  readonly catalog: ActionLookup;
  readonly limits: LintLimits;
  readonly locale: Locale;
  /** Every action written in the document (rules, then fragments), collected once per run. */
  actionItems(): readonly ActionItem[];
  /** Every `use` written in the document, in the same order, collected once per run. */
  fragmentUses(): readonly FragmentUse[];
  /**
   * The items of each step of `rule` with fragments expanded (see `expandItems`), in the
   * order of `rule.steps`. Computed once per run and shared by the rules, which only read it.
   */
  expansions(rule: RuleNode): readonly Expansion[];
  report(report: LintReport): void;
}
