import type { Diagnostic, Fix, Severity } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { type MessageArgs, type MessageKey, translate } from "../i18n/translate.js";
import type { TextRange } from "../text/range.js";

export interface JsonDiagnosticInput {
  code: string;
  severity?: Severity;
  uri: string;
  range: TextRange;
  locale: Locale;
  key: MessageKey;
  args?: MessageArgs;
  fixes?: Fix[];
}

/** Creates a diagnostic whose message is rendered from the locale's catalog. */
export function jsonDiagnostic(input: JsonDiagnosticInput): Diagnostic {
  const args = input.args ?? {};
  return {
    code: input.code,
    severity: input.severity ?? "error",
    uri: input.uri,
    range: input.range,
    message: translate(input.locale, input.key, args),
    args,
    fixes: input.fixes ?? [],
    related: [],
  };
}

/** Joins items as "a, b or c" (`or`) or "a, b and c" (`and`) in the locale's words. */
export function formatList(locale: Locale, items: readonly string[], joiner: "or" | "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  const separator = translate(locale, "json.list.separator");
  const first = items.slice(0, -1).join(separator);
  const last = items[items.length - 1] ?? "";
  return translate(locale, joiner === "or" ? "json.list.or" : "json.list.and", { first, last });
}

/** Shows a JSON value in a message: short, on one line, quoted like JSON. */
export function previewValue(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
