import type { Diagnostic, LineIndex, LintRuleInfo, Locale, TextRange } from "@idrs-rules/core";
import type { Region } from "./positions.js";

/** The outcome of checking one requested file. */
export interface FileResult {
  /** Absolute path. */
  path: string;
  /** Path relative to the current folder with `/` separators (absolute when outside it). */
  display: string;
  /**
   * The text the positions refer to. Absent when the file could not be read, and for a
   * clean file, which has no positions to show.
   */
  text?: string;
  /** False when the file could not be read. */
  readable: boolean;
  lines?: LineIndex;
  /** Findings to report, in text order. */
  diagnostics: Diagnostic[];
  /** Findings silenced by an inline directive (reported by SARIF as suppressions only). */
  suppressed: Diagnostic[];
  /** Problems `--fix` fixed in this file, by code. */
  fixed: Array<{ code: string; count: number }>;
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings with a preferred fix, which `--fix` would apply. */
  fixable: number;
  fixed: number;
}

/** Everything a reporter needs; reporters are pure functions of it. */
export interface LintResults {
  files: FileResult[];
  /** Every registered lint code, for SARIF's rule descriptors. */
  rules: LintRuleInfo[];
  summary: Summary;
  locale: Locale;
  /** The folder paths are relative to (SARIF's SRCROOT). */
  cwd: string;
  toolVersion: string;
  color: boolean;
  docsUrl(code: string): string | undefined;
  /** Locates a range of any document of the project, for related locations. */
  locate(uri: string, range: TextRange): { display: string; region: Region } | undefined;
}

export type Reporter = (results: LintResults) => string;
