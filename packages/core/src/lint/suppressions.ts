import type { Diagnostic, TextEdit } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { MessageArgs, MessageKey } from "../i18n/translate.js";
import type { RuleDocument } from "../model/model.js";
import type { RuleSetting } from "../services/types.js";
import { LineIndex, type TextRange } from "../text/range.js";
import { buildRegions, parseDirectives } from "./directives.js";
import { renderReport } from "./linter.js";
import { lintRuleRegistry } from "./registry.js";
import { unusedDisableDirective } from "./rules/unusedDisableDirective.js";

/** Deletes a directive comment, with its whole line when nothing else is on it. */
function removeCommentEdit(text: string, range: TextRange, lines: LineIndex): TextEdit {
  const position = lines.positionAt(range.start);
  const lineStart = range.start - position.character;
  const before = text.slice(lineStart, range.start);
  if (/^[ \t\u3000]*$/u.test(before)) {
    const nextLineStart = lines.offsetAt({ line: position.line + 1, character: 0 });
    const end = position.line + 1 < lines.lineCount ? nextLineStart : text.length;
    return { range: { start: lineStart, end }, newText: "" };
  }
  const blanks = /[ \t\u3000]*$/u.exec(before)?.[0].length ?? 0;
  return { range: { start: range.start - blanks, end: range.end }, newText: "" };
}

export interface SuppressionOptions {
  locale: Locale;
  /** The configured setting of `unused-disable-directive` for this document, if any. */
  directiveSetting?: RuleSetting;
}

/**
 * Marks diagnostics silenced by inline directives as `suppressed` (they stay in the list for
 * SARIF) and adds an `unused-disable-directive` diagnostic for each directive, or code in a
 * directive, that silenced nothing or names no lint rule. Locked rules cannot be silenced.
 */
export function applySuppressions(
  document: RuleDocument,
  diagnostics: readonly Diagnostic[],
  options: SuppressionOptions,
): Diagnostic[] {
  const directives = parseDirectives(document.comments);
  if (directives.length === 0) return [...diagnostics];

  const lines = new LineIndex(document.text);
  const entries = [
    ...document.rules.flatMap((rule) => rule.steps.map((step) => step.range)),
    ...document.fragments.map((fragment) => fragment.range),
  ];
  const { regions, unmatchedEnables } = buildRegions(directives, document.text, lines, entries);
  const used = new Set<string>();

  const result = diagnostics.map((diagnostic) => {
    if (diagnostic.uri !== document.uri || lintRuleRegistry.get(diagnostic.code)?.locked)
      return diagnostic;
    if (diagnostic.code === unusedDisableDirective.code) return diagnostic;

    const matching = regions.filter(
      (region) =>
        diagnostic.range.start >= region.range.start &&
        diagnostic.range.start <= region.range.end &&
        (region.codes.length === 0 || region.codes.includes(diagnostic.code)),
    );
    for (const region of matching) {
      used.add(
        `${region.directive.range.start}:${region.codes.length === 0 ? "*" : diagnostic.code}`,
      );
    }
    return matching.length > 0 ? { ...diagnostic, suppressed: true } : diagnostic;
  });

  const directiveSeverity = options.directiveSetting;
  if (directiveSeverity === "off") return result;
  const report = (message: MessageKey, args: MessageArgs, range: TextRange, fix?: TextEdit) => {
    const diagnostic = renderReport(
      unusedDisableDirective,
      {
        message,
        args,
        range,
        fixes: fix
          ? [{ title: "lint.unused-disable-directive.fix", edits: [fix], isPreferred: true }]
          : [],
      },
      document.uri,
      options.locale,
    );
    result.push(directiveSeverity ? { ...diagnostic, severity: directiveSeverity } : diagnostic);
  };

  for (const directive of directives) {
    const args = { directive: directive.text };
    if (directive.kind === "enable") {
      if (unmatchedEnables.includes(directive))
        report("lint.unused-disable-directive.unmatchedEnable", args, directive.range);
      continue;
    }

    const unknown = directive.codes.filter((code) => !lintRuleRegistry.has(code));
    for (const code of unknown)
      report("lint.unused-disable-directive.unknownCode", { ...args, code }, directive.range);

    const keys =
      directive.codes.length === 0
        ? ["*"]
        : directive.codes.filter((code) => lintRuleRegistry.has(code));
    const unused = keys.filter((key) => !used.has(`${directive.range.start}:${key}`));
    if (unused.length === 0) continue;
    if (unused.length === keys.length && unknown.length === 0) {
      report(
        "lint.unused-disable-directive.message",
        args,
        directive.range,
        removeCommentEdit(document.text, directive.range, lines),
      );
    } else {
      for (const code of unused)
        report("lint.unused-disable-directive.messageCode", { ...args, code }, directive.range);
    }
  }
  return result;
}
