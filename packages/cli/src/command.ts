import type { ParseArgsConfig } from "node:util";
import type { Locale } from "@idrs-rules/core";

/** Streams and process facts a command uses, injected so tests can run commands in-process. */
export interface CommandContext {
  argv: string[];
  locale: Locale;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
}

/** Option definitions in the shape of `util.parseArgs`. */
export type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/**
 * One subcommand, the `command` export of a module in `src/commands/`. `run` returns the
 * process exit code (see `cli/exit-codes.ts`) and reports bad input as messages. It throws
 * `UsageError` for a command-line or configuration problem, and anything else only for
 * bugs. A command module must stay cheap to import, so it loads the engine inside `run`
 * and `--help` stays fast.
 */
export interface CommandDefinition {
  name: string;
  summary: Record<Locale, string>;
  /** Full help text, shown by `idrs-rules NAME --help`. */
  help: Record<Locale, string>;
  /** The command's own options; `main` adds `--lang` and `-h/--help` to every command. */
  options: CommandOptions;
  allowPositionals: boolean;
  run(
    context: CommandContext,
    values: Record<string, unknown>,
    positionals: string[],
  ): Promise<number>;
}

/**
 * An entry of the command table: enough for the global help, with the command module
 * imported only when the command runs.
 */
export interface CommandEntry {
  name: string;
  summary: Record<Locale, string>;
  load(): Promise<CommandDefinition>;
}
