import type { Diagnostic, Locale, RuleSetting, Severity } from "@idrs-rules/core";
import { reasonText } from "../cli/error-reason.js";
import { type CliMessageKey, message } from "../i18n/index.js";
import type { Target } from "../workspace/discover.js";
import type { ProjectRead } from "../workspace/project.js";

/** Code of the per-file error for a rule file that cannot be read at all. */
export const fileUnreadableCode = "file-unreadable";

export interface FileProblems {
  /** The text positions refer to: the file's text, or its valid prefix for invalid UTF-8. */
  text?: string;
  diagnostics: Diagnostic[];
}

/**
 * Turns a target's read result into the CLI's own diagnostics. A file that cannot be read
 * gets `file-unreadable`. A byte order mark gets `file-encoding` with the configured
 * severity and a fix that removes it. Invalid UTF-8 gets a `file-encoding` error whatever
 * the configuration sets, because the file cannot be checked at all.
 */
export function fileProblems(
  target: Target,
  read: ProjectRead | undefined,
  locale: Locale,
  bomSetting: RuleSetting,
): FileProblems {
  if (target.kind === "folder") {
    const extension = target.path.endsWith(".idrs") ? ".idrs" : ".rule.json";
    return { diagnostics: [unreadable(target.path, locale, "file.isFolder", { extension })] };
  }
  if (target.kind === "broken-link")
    return { diagnostics: [unreadable(target.path, locale, "file.brokenLink")] };
  if (target.kind === "special") {
    const reason = reasonText("ENOTREG", locale);
    return { diagnostics: [unreadable(target.path, locale, "file.unreadable", { reason })] };
  }
  if (read === undefined || read.kind === "clean") return { diagnostics: [] };

  if (read.kind === "unreadable") {
    const reason = reasonText(read.errorCode, locale);
    return { diagnostics: [unreadable(target.path, locale, "file.unreadable", { reason })] };
  }
  if (read.kind === "invalid-utf8") {
    const at = read.validText.length;
    const diagnostic = create(
      target.path,
      "file-encoding",
      "error",
      { start: at, end: at },
      locale,
      "file.invalidUtf8",
      {
        offset: read.byteOffset,
      },
    );
    return { text: read.validText, diagnostics: [diagnostic] };
  }

  if (!read.hasBom || bomSetting === "off") return { text: read.text, diagnostics: [] };
  return { text: read.text, diagnostics: [bomDiagnostic(target.path, locale, bomSetting)] };
}

/** Creates the `file-encoding` diagnostic for a text that starts with U+FEFF; its fix deletes it. */
export function bomDiagnostic(uri: string, locale: Locale, severity: Severity): Diagnostic {
  const diagnostic = create(
    uri,
    "file-encoding",
    severity,
    { start: 0, end: 1 },
    locale,
    "file.bom",
    {},
  );
  diagnostic.fixes.push({
    title: message(locale, "file.removeBom"),
    edits: [{ range: { start: 0, end: 1 }, newText: "" }],
    isPreferred: true,
  });
  return diagnostic;
}

function unreadable(
  uri: string,
  locale: Locale,
  key: CliMessageKey,
  args: Record<string, string> = {},
): Diagnostic {
  return create(uri, fileUnreadableCode, "error", { start: 0, end: 0 }, locale, key, args);
}

function create(
  uri: string,
  code: string,
  severity: Severity,
  range: { start: number; end: number },
  locale: Locale,
  key: CliMessageKey,
  args: Record<string, string | number>,
): Diagnostic {
  return {
    code,
    severity,
    uri,
    range,
    message: message(locale, key, args),
    args,
    fixes: [],
    related: [],
  };
}
