import type { TextRange } from "./text/range.js";

export type Severity = "error" | "warning" | "info";

/** A text edit on the diagnostic's document: replace `range` by `newText`. */
export interface TextEdit {
  range: TextRange;
  newText: string;
}

/** A change that resolves a diagnostic. `title` is already in the caller's locale. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** True when the fix is safe to apply without review (`--fix`, format-on-save). */
  isPreferred: boolean;
}

export interface RelatedLocation {
  uri: string;
  range: TextRange;
  message: string;
}

/**
 * A problem found in a user's rule text. Problems are data: the engine returns them and
 * never throws for bad input. `code` is the stable lint rule code; tests assert on code
 * and range, never on `message`, which is rendered in the caller's locale.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  uri: string;
  range: TextRange;
  message: string;
  /** The values interpolated into `message`, kept so hosts can re-render or match. */
  args: Record<string, string | number>;
  fixes: Fix[];
  related: RelatedLocation[];
  /** Diagnostics silenced by an inline directive stay in the list, marked, for SARIF. */
  suppressed?: boolean;
}
