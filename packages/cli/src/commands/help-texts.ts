import type { Locale } from "@idrs-rules/core";
import { type CliMessageKey, message } from "../i18n/index.js";

/** Renders one message in both languages, for the `summary` and `help` of a command. */
export function bothLocales(key: CliMessageKey): Record<Locale, string> {
  return { en: message("en", key), "zh-CN": message("zh-CN", key) };
}
