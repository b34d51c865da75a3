import type { Diagnostic, Fix, RelatedLocation } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { type MessageArgs, type MessageKey, translate } from "../i18n/translate.js";
import type { TextRange } from "../text/range.js";

/** Diagnostic codes the parser produces; both are registered lint rules. */
export const SYNTAX_ERROR = "syntax-error";
export const FULL_WIDTH_PUNCTUATION = "full-width-punctuation";

/** Renders diagnostics of one document in one locale. */
export class DiagnosticFactory {
  constructor(
    readonly uri: string,
    readonly locale: Locale,
  ) {}

  message(key: MessageKey, args: MessageArgs = {}): string {
    return translate(this.locale, key, args);
  }

  /** Joins two sentences of a message: Chinese sentences follow each other without a space. */
  joinSentences(first: string, second: string): string {
    return this.locale === "zh-CN" ? first + second : `${first} ${second}`;
  }

  error(
    code: string,
    range: TextRange,
    key: MessageKey,
    args: Record<string, string | number>,
    fixes: Fix[] = [],
    related: RelatedLocation[] = [],
  ): Diagnostic {
    return {
      code,
      severity: "error",
      uri: this.uri,
      range,
      message: this.message(key, args),
      args,
      fixes,
      related,
    };
  }

  /** A fix of one edit; `titleKey` names the localized title. */
  fix(
    titleKey: MessageKey,
    args: MessageArgs,
    range: TextRange,
    newText: string,
    isPreferred: boolean,
  ): Fix {
    return { title: this.message(titleKey, args), edits: [{ range, newText }], isPreferred };
  }
}
