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

/**
 * One subcommand. `run` returns the process exit code; it reports bad input as messages
 * and an exit code, and throws only for bugs.
 */
export interface CommandDefinition {
  name: string;
  summary: Record<Locale, string>;
  /** Full help text, shown by `idrs-rules NAME --help`. */
  help: Record<Locale, string>;
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals: boolean;
  run(context: CommandContext, values: Record<string, unknown>, positionals: string[]): Promise<number>;
}
