import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built command, as users run it. */
export const cliPath = fileURLToPath(
  new URL("../../packages/cli/bin/idrs-rules.js", import.meta.url),
);
const builtMain = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built CLI in `cwd` with a minimal environment: English messages, no colour
 * settings, no terminal. `env` adds or overrides variables; `timeout` (ms) kills a command
 * that hangs, which then fails the test.
 */
export function runCli(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; timeout?: number },
): CliResult {
  if (!existsSync(builtMain))
    throw new Error("The CLI is not built: run `npm run build` before the end-to-end tests.");
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", LANG: "en_US.UTF-8", ...options.env },
    encoding: "utf8",
    // A guard for commands that could hang: the child is killed and the test fails.
    timeout: options.timeout,
  });
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
