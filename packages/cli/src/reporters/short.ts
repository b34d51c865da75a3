import { type Diagnostic, LineIndex, type Locale } from "@idrs-rules/core";
import { message } from "../i18n/index.js";
import { escapeControls } from "./escape.js";

/**
 * Renders a diagnostic on one line, compiler style, for standard error:
 * `path:line:column: severity: message (code)`. Line and column are 1-based.
 */
export function formatShortDiagnostic(
  diagnostic: Diagnostic,
  text: string | undefined,
  path: string,
  locale: Locale,
): string {
  const severity = message(locale, `severity.${diagnostic.severity}`);
  const shown = escapeControls(path);
  const location =
    text === undefined ? shown : `${shown}:${position(text, diagnostic.range.start)}`;
  return `${location}: ${severity}: ${escapeControls(diagnostic.message)} (${diagnostic.code})`;
}

function position(text: string, offset: number): string {
  const { line, character } = new LineIndex(text).positionAt(offset);
  return `${line + 1}:${character + 1}`;
}

/**
 * Writes diagnostics to standard error in the one-line form, each with the text of its own
 * document (a diagnostic may point into another file, such as a fragment's declaration).
 */
export function printDiagnostics(
  stderr: NodeJS.WritableStream,
  diagnostics: readonly Diagnostic[],
  options: {
    locale: Locale;
    textOf(uri: string): string | undefined;
    displayOf(uri: string): string;
  },
): void {
  for (const diagnostic of diagnostics) {
    const line = formatShortDiagnostic(
      diagnostic,
      options.textOf(diagnostic.uri),
      options.displayOf(diagnostic.uri),
      options.locale,
    );
    stderr.write(`${line}\n`);
  }
}
