import type { Diagnostic } from "../diagnostics.js";
import type { TextRange } from "../text/range.js";

/**
 * The rule model that both `.idrs` files and `*.rule.json` files are read into. Lint rules,
 * the compiler and the workspace index work on this model only, so every check applies to
 * both formats. Every node keeps the range of the text it came from.
 */
export type DocumentKind = "idrs" | "json";

export interface RuleDocument {
  uri: string;
  kind: DocumentKind;
  /** Document version as the host counts it (editor version, or 0 for files on disk). */
  version: number;
  text: string;
  rules: RuleNode[];
  /** Named step fragments declared in this document (`.idrs` only). */
  fragments: FragmentNode[];
  /** Line comments, in text order (`.idrs` only); the formatter keeps every one. */
  comments: CommentNode[];
  /** Problems found while reading the text: syntax, invalid JSON, schema violations. */
  parseDiagnostics: Diagnostic[];
}

export interface CommentNode {
  /** The comment text without the leading `//`. */
  text: string;
  range: TextRange;
}

export interface RuleNode {
  /** The display name exactly as written (after unescaping); may be empty or padded. */
  name: string;
  nameRange: TextRange;
  description?: StringValue;
  steps: StepNode[];
  /**
   * JSON only: the `content` entries that could not be read as steps, because they are not
   * objects or have no valid `sequence`. Absent when every entry was read. The chapters of
   * these entries are unknown, so checks of step numbering skip the rule.
   */
  unreadSteps?: TextRange[];
  range: TextRange;
}

export interface StringValue {
  value: string;
  range: TextRange;
}

/**
 * One entry of the content array. `sequence` 0 is the whole-recording block (`throughout`
 * in `.idrs`); N > 0 is the N-th chapter (`step N`).
 */
export interface StepNode {
  sequence: number;
  sequenceRange: TextRange;
  /** How the step was written: `throughout`, `step N`, or a JSON object. */
  form: "throughout" | "step" | "json";
  title?: StringValue;
  items: StepItem[];
  range: TextRange;
}

export type StepItem = ActionItem | FragmentUse;

export interface ActionItem {
  type: "action";
  name: string;
  range: TextRange;
}

/** `use NAME` inside a step or fragment: replaced by the fragment's items when compiled. */
export interface FragmentUse {
  type: "use";
  fragment: string;
  range: TextRange;
}

export interface FragmentNode {
  name: string;
  nameRange: TextRange;
  title?: StringValue;
  items: StepItem[];
  range: TextRange;
}

/** The service's `Content`: an array of steps, each with its actions. */
export interface ContentStep {
  sequence: number;
  actions: ContentAction[];
}

export interface ContentAction {
  name: string;
}

export type Content = ContentStep[];
