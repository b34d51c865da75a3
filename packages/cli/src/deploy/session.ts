import { homedir } from "node:os";
import { IdrsError, resolveCredentials } from "@idrs-rules/client";
import type { CommandContext } from "../command.js";
import { stderrLogger } from "../workspace/node-file-system.js";
import { createClientRemote, describeRemoteError } from "./client-remote.js";
import { DeployError } from "./errors.js";
import { LockStore, readLock } from "./lock.js";
import { type DeployMessageKey, deployMessage, type MessageArgs } from "./messages.js";
import type { RemoteRules } from "./remote.js";
import { escapeMessageLines } from "./safe-text.js";
import {
  type DeployFlags,
  type DeploySettings,
  requireEndpoint,
  resolveSettings,
} from "./settings.js";

/** Everything a deployment command works with once flags, configuration and lock are read. */
export interface DeploySession {
  settings: DeploySettings;
  endpoint: string;
  remote: RemoteRules;
  lock: LockStore;
}

/** Creates the `RemoteRules` of a session; tests replace it to reach the emulator with fewer retries. */
export type RemoteFactory = (
  endpoint: string,
  settings: DeploySettings,
  context: CommandContext,
) => Promise<RemoteRules>;

/** Reads settings and lock, and resolves credentials, before any request is sent. */
export async function openSession(
  context: CommandContext,
  values: Record<string, unknown>,
  positionals: string[],
  createRemote: RemoteFactory = clientRemoteFactory,
): Promise<DeploySession> {
  if (positionals.length > 1) {
    throw new DeployError("deploy.settings.oneFolder", { count: positionals.length }, 2);
  }
  const settings = await resolveSettings(
    context.cwd,
    context.env,
    deployFlags(values),
    positionals[0],
    context.locale,
  );
  const endpoint = requireEndpoint(settings);
  const lockFile = await readLock(settings.lockPath, endpoint, {
    forceLock: values["force-lock"] === true,
  });
  const remote = await createRemote(endpoint, settings, context);
  return { settings, endpoint, remote, lock: new LockStore(settings.lockPath, lockFile) };
}

/** Credentials from `--profile`, the environment or the vendor's files, never from instance metadata. */
export const clientRemoteFactory: RemoteFactory = async (endpoint, settings, context) => {
  const resolved = await resolveCredentials({
    profile: settings.profile,
    env: context.env,
    homeDir: context.env.HOME || context.env.USERPROFILE || homedir(),
  });
  return createClientRemote({
    endpoint,
    credentials: resolved.credentials,
    locale: context.locale,
    // With IDRS_RULES_DEBUG set, every request, retry and lookup is logged; never a secret.
    logger: stderrLogger(context.stderr, context.env),
  });
};

export function deployFlags(values: Record<string, unknown>): DeployFlags {
  const text = (name: string) =>
    typeof values[name] === "string" ? (values[name] as string) : undefined;
  return {
    endpoint: text("endpoint"),
    profile: text("profile"),
    config: text("config"),
    lock: text("lock"),
    auditLog: text("audit-log"),
    concurrency: text("concurrency"),
    format: text("format"),
  };
}

/**
 * Prints an expected failure (bad settings, refused operation, credentials or service
 * errors) in the user's language and returns its exit code. Anything else is a bug and
 * is rethrown for `main` to report.
 */
export function reportFailure(context: CommandContext, error: unknown): number {
  if (error instanceof DeployError) {
    context.stderr.write(`${deployMessage(context.locale, error.key, error.args)}\n`);
    for (const line of error.details) context.stderr.write(`  ${escapeMessageLines(line, "  ")}\n`);
    return error.exitCode;
  }
  if (error instanceof IdrsError) {
    const message = describeRemoteError(error, context.locale).message;
    context.stderr.write(`${escapeMessageLines(message, "  ")}\n`);
    return error.name === "IdrsCredentialsError" || error.name === "IdrsInputError" ? 2 : 1;
  }
  throw error;
}

/** Writes one localized line to standard error, where progress and notes go. */
export function note(context: CommandContext, key: DeployMessageKey, args: MessageArgs = {}): void {
  context.stderr.write(`${deployMessage(context.locale, key, args)}\n`);
}
