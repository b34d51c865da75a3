import type { Locale } from "@idrs-rules/core";
import { parseCommandArguments } from "./cli/args.js";
import { UsageError } from "./cli/errors.js";
import { ExitCode } from "./cli/exit-codes.js";
import { globalHelp } from "./cli/help.js";
import { localeFromEnvironment, parseLocale } from "./cli/locale.js";
import { nearestName } from "./cli/suggest.js";
import { packageVersion } from "./cli/version.js";
import type { CommandContext } from "./command.js";
import { commandTable } from "./commands/index.js";
import { message } from "./i18n/index.js";

/**
 * Runs the `idrs-rules` command line and returns the exit code. `io` replaces the process's
 * streams, environment and folder, so tests can run commands in-process.
 */
export async function main(argv: string[], io: Partial<CommandContext> = {}): Promise<number> {
  const env = io.env ?? process.env;
  const context: CommandContext = {
    argv,
    locale: io.locale ?? localeFromEnvironment(env),
    cwd: io.cwd ?? process.cwd(),
    env,
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    // A getter: the first read of `process.stdin` sets up a stream, which takes a few
    // milliseconds, and only `apply` reads standard input.
    get stdin() {
      return io.stdin ?? process.stdin;
    },
  };

  if (io.stdout === undefined) ignoreClosedPipe(process.stdout);

  try {
    context.locale = languageOption(argv, context.locale) ?? context.locale;
    return await dispatch(context, argv);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr.write(`${error.message}\n`);
      return ExitCode.usage;
    }
    reportBug(context, error);
    return ExitCode.internal;
  }
}

async function dispatch(context: CommandContext, argv: string[]): Promise<number> {
  const { locale } = context;
  let index = 0;

  // Global options come before the command name.
  while (index < argv.length && argv[index]?.startsWith("-")) {
    const option = argv[index] as string;
    if (option === "-h" || option === "--help") {
      context.stdout.write(globalHelp(locale, packageVersion(), commandTable));
      return ExitCode.ok;
    }
    if (option === "-v" || option === "--version") {
      context.stdout.write(`${packageVersion()}\n`);
      return ExitCode.ok;
    }
    if (option === "--lang") index += 2;
    else if (option.startsWith("--lang=")) index += 1;
    else throw unknownGlobalOption(option, locale);
  }

  const name = argv[index];
  if (name === undefined) throw new UsageError(message(locale, "error.missingCommand"));
  const entry = commandTable.find((item) => item.name === name);
  if (entry === undefined) throw unknownCommand(name, locale);

  const definition = await entry.load();
  const { values, positionals } = parseCommandArguments(definition, argv.slice(index + 1), locale);
  if (values.help === true) {
    context.stdout.write(definition.help[locale]);
    return ExitCode.ok;
  }
  return definition.run(context, values, positionals);
}

/**
 * Finds `--lang` anywhere before `--`, so that even errors about other options are in the
 * chosen language. The last one wins, as for any repeated option.
 */
function languageOption(argv: string[], fallback: Locale): Locale | undefined {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") break;
    if (arg === "--lang") value = argv[++i] ?? "";
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  }
  if (value === undefined) return undefined;
  if (value === "" || value.startsWith("-"))
    throw new UsageError(message(fallback, "error.langNeedsValue"));

  const locale = parseLocale(value);
  if (locale === undefined) throw new UsageError(message(fallback, "error.invalidLang", { value }));
  return locale;
}

function unknownCommand(name: string, locale: Locale): UsageError {
  const lines = [message(locale, "error.unknownCommand", { name })];
  const suggestion = nearestName(
    name,
    commandTable.map((entry) => entry.name),
  );
  if (suggestion !== undefined) lines.push(message(locale, "error.didYouMean", { suggestion }));
  lines.push(message(locale, "error.seeGlobalHelp"));
  return new UsageError(lines.join("\n"));
}

function unknownGlobalOption(option: string, locale: Locale): UsageError {
  const lines = [message(locale, "error.unknownGlobalOption", { option })];
  const suggestion = nearestName(option, ["--help", "--version", "--lang"]);
  if (suggestion !== undefined) lines.push(message(locale, "error.didYouMean", { suggestion }));
  lines.push(message(locale, "error.seeGlobalHelp"));
  return new UsageError(lines.join("\n"));
}

/**
 * Ignores EPIPE on standard output. A reader that stops early (`idrs-rules lint | head`)
 * closes the pipe, and the rest of the output is not wanted. Other stream errors still surface.
 */
function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  if (stream.listenerCount("error") > 0) return;
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

/** Prints a short bug report instead of a raw stack trace; the stack only on request. */
function reportBug(context: CommandContext, error: unknown): void {
  const text = error instanceof Error ? error.message : String(error);
  const version = packageVersion();
  context.stderr.write(
    `${message(context.locale, "error.internal", { version, message: text })}\n`,
  );
  if (context.env.IDRS_RULES_DEBUG && error instanceof Error && error.stack) {
    context.stderr.write(`${error.stack}\n`);
  }
}
