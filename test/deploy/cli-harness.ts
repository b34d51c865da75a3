import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { createRuleClient, type RuleClient } from "@idrs-rules/client";
import { type RunningEmulator, startEmulator } from "@idrs-rules/emulator";
import { parseCommandArguments } from "../../packages/cli/src/cli/args.js";
import type { CommandContext, CommandDefinition } from "../../packages/cli/src/command.js";

export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A rule repository in a temp folder, an emulator on 127.0.0.1, and a client of it. */
export interface Workspace {
  folder: string;
  emulator: RunningEmulator;
  client: RuleClient;
  env: NodeJS.ProcessEnv;
  close(): Promise<void>;
}

export async function openWorkspace(): Promise<Workspace> {
  const folder = await mkdtemp(join(tmpdir(), "idrs-deploy-"));
  const emulator = await startEmulator({ port: 0 });
  const key = emulator.accessKeys[0];
  if (key === undefined) throw new Error("the emulator started without an access key");

  const env: NodeJS.ProcessEnv = {
    ALIBABA_CLOUD_ACCESS_KEY_ID: key.id,
    ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.secret,
    IDRS_ENDPOINT: emulator.url,
    IDRS_AUDIT_USER: "tester@example.test",
    // The credentials resolver must not read the real home folder of whoever runs the tests.
    HOME: folder,
  };
  const client = createRuleClient({
    endpoint: emulator.url,
    credentials: { accessKeyId: key.id, accessKeySecret: key.secret },
  });
  return {
    folder,
    emulator,
    client,
    env,
    async close() {
      await emulator.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Runs a command in-process, as `main` would after reading the command name. */
export async function runCommand(
  definition: CommandDefinition,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; stdin?: string; tty?: boolean },
): Promise<CommandRun> {
  const stdout = collect();
  const stderr = collect();
  const stdin = new PassThrough() as PassThrough & { isTTY?: boolean };
  stdin.isTTY = options.tty ?? false;
  stdin.end(options.stdin ?? "");

  const context: CommandContext = {
    argv: [definition.name, ...args],
    locale: "en",
    cwd: options.cwd,
    env: options.env,
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin,
  };
  const langIndex = args.indexOf("--lang");
  if (langIndex >= 0) context.locale = args[langIndex + 1] === "zh-CN" ? "zh-CN" : "en";

  const { values, positionals } = parseCommandArguments(definition, args, context.locale);
  const code = await definition.run(context, values, positionals);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function collect() {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/** Remote rules as `name → content`, sorted by name, to compare whole states. */
export async function remoteState(client: RuleClient): Promise<Array<[string, string]>> {
  const rules = await client.listAllRules();
  return rules
    .map((rule): [string, string] => [rule.name, rule.content])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}
