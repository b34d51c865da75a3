import { parseArgs } from "node:util";
import type { Locale } from "@idrs-rules/core";
import type { CommandDefinition, CommandOptions } from "../command.js";
import { message } from "../i18n/index.js";
import { UsageError } from "./errors.js";
import { nearestName } from "./suggest.js";

/** Options that every command accepts besides its own. */
export const commonOptions: CommandOptions = {
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

export interface ParsedArguments {
  values: Record<string, unknown>;
  positionals: string[];
}

/**
 * Parses a command's arguments. Problems become a `UsageError` in the user's language that
 * names the option and suggests the closest known one, instead of `parseArgs`' English text.
 */
export function parseCommandArguments(
  definition: CommandDefinition,
  args: string[],
  locale: Locale,
): ParsedArguments {
  const options = { ...definition.options, ...commonOptions };
  const { tokens } = parseArgs({
    args,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });

  const values: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue;

    const option = options[token.name];
    if (option === undefined) throw unknownOption(definition.name, token.rawName, options, locale);
    // Without strict mode parseArgs takes `--format --quiet` as format "--quiet"; an option
    // name is never a value unless written inline (`--name=--x`).
    const takesNextOption = token.inlineValue === false && token.value?.startsWith("--") === true;
    if (option.type === "string" && (token.value === undefined || takesNextOption)) {
      throw new UsageError(message(locale, "error.optionNeedsValue", { option: token.rawName }));
    }
    if (option.type === "boolean" && token.value !== undefined) {
      throw new UsageError(message(locale, "error.optionTakesNoValue", { option: token.rawName }));
    }
    values[token.name] = option.type === "boolean" ? true : token.value;
  }

  if (positionals.length > 0 && !definition.allowPositionals) {
    const text = message(locale, "error.unexpectedArgument", {
      command: definition.name,
      argument: positionals[0] ?? "",
    });
    throw new UsageError(text);
  }
  return { values, positionals };
}

function unknownOption(
  command: string,
  rawName: string,
  options: CommandOptions,
  locale: Locale,
): UsageError {
  const known = Object.keys(options).map((name) => `--${name}`);
  const suggestion = rawName.startsWith("--") ? nearestName(rawName, known) : undefined;
  const lines = [message(locale, "error.unknownOption", { option: rawName, command })];
  if (suggestion !== undefined) lines.push(message(locale, "error.didYouMean", { suggestion }));
  lines.push(message(locale, "error.seeCommandHelp", { command }));
  return new UsageError(lines.join("\n"));
}
