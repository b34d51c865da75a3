import type { Locale } from "@idrs-rules/core";
import type { CommandEntry } from "../command.js";
import { message } from "../i18n/index.js";

/** Renders the global help: the command list comes from the command table. */
export function globalHelp(
  locale: Locale,
  version: string,
  commands: readonly CommandEntry[],
): string {
  const width = Math.max(...commands.map((entry) => entry.name.length)) + 2;
  const list = commands
    .map((entry) => `  ${entry.name.padEnd(width)}${entry.summary[locale]}`)
    .join("\n");
  return message(locale, "help.global", { version, commands: list });
}
