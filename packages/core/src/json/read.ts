import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { jsonDiagnostic } from "./diagnostic.js";
import { scanJson } from "./scanner.js";
import { syntaxErrorDiagnostic } from "./syntax-error.js";
import type { JsonTree } from "./tree.js";

/** Examples shown when a document is empty or contains the wrong kind of value. */
export const RULE_FILE_EXAMPLE =
  '{"name": "...", "content": [{"sequence": 1, "actions": [{"name": "id_card_recognize"}]}]}';
export const CONTENT_EXAMPLE = '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]}]';
export const CONFIG_EXAMPLE = "{}";

export type JsonReadResult =
  | { ok: true; value: unknown; from: number }
  | { ok: false; diagnostic: Diagnostic };

export interface JsonReadOptions {
  uri: string;
  locale: Locale;
  code: string;
  example: string;
}

/**
 * Parses JSON text with `JSON.parse`, the fast path every valid file takes. A UTF-8 byte
 * order mark at the start is skipped, because hosts report it separately as
 * `file-encoding`. `from` is where the JSON starts, so positions stay offsets into the
 * original text. On a syntax error the result is one diagnostic in plain words.
 */
export function readJson(text: string, options: JsonReadOptions): JsonReadResult {
  const from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    const value: unknown = JSON.parse(from === 0 ? text : text.slice(from));
    return { ok: true, value, from };
  } catch {
    return { ok: false, diagnostic: syntaxErrorDiagnostic(text, from, options) };
  }
}

/**
 * Records the positions of text that `readJson` accepted. The scanner and `JSON.parse`
 * agree on every valid text; should they ever not, the result is a diagnostic, not a throw.
 */
export function positionsOf(
  text: string,
  from: number,
  options: JsonReadOptions,
): JsonTree | Diagnostic {
  const tree = scanJson(text, from);
  if (tree) return tree;
  return jsonDiagnostic({
    code: options.code,
    uri: options.uri,
    locale: options.locale,
    key: "json.syntax.invalid",
    range: { start: from, end: from },
  });
}
