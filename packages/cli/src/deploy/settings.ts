import { readFile, stat } from "node:fs/promises";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { type IdrsConfig, LineIndex, type Locale, parseConfig, scanJson } from "@idrs-rules/core";
import { normalizeEndpoint } from "./endpoint.js";
import { DeployError } from "./errors.js";
import { deployMessage } from "./messages.js";

export const configFileName = "idrs.config.json";
export const defaultLockFile = "idrs.lock.json";
export const defaultAuditLog = "idrs-audit.jsonl";
export const defaultConcurrency = 4;
export const maxConcurrency = 16;

/** Settings of the deployment commands, after flags, environment and configuration. */
export interface DeploySettings {
  /** Folder that lock keys are relative to: the configuration file's folder, else the rules folder. */
  root: string;
  rulesDir: string;
  lockPath: string;
  auditPath: string;
  /** Normalized; undefined when no source sets it. */
  endpoint: string | undefined;
  profile: string | undefined;
  pullFormat: "idrs" | "json";
  concurrency: number;
  config: IdrsConfig;
  configPath: string | undefined;
}

/** Flags shared by the deployment commands; all optional. */
export interface DeployFlags {
  endpoint?: string;
  profile?: string;
  config?: string;
  lock?: string;
  auditLog?: string;
  concurrency?: string;
  format?: string;
}

/**
 * Resolves the settings: a flag wins over the environment (`IDRS_ENDPOINT`,
 * `IDRS_PROFILE`), which wins over `deploy` in `idrs.config.json`. Paths in the
 * configuration are relative to its folder. `folder` is the positional path, if any.
 */
export async function resolveSettings(
  cwd: string,
  env: NodeJS.ProcessEnv,
  flags: DeployFlags,
  folder: string | undefined,
  locale: Locale = "en",
): Promise<DeploySettings> {
  const start = resolve(cwd, folder ?? ".");
  if (folder !== undefined && !(await isFolder(start))) {
    throw new DeployError("deploy.settings.notFolder", { path: folder }, 2);
  }

  const configPath = flags.config ? resolve(cwd, flags.config) : await findConfig(start);
  const config = configPath ? await readConfig(configPath, locale) : {};
  const deploy = config.deploy ?? {};
  const root = configPath ? dirname(configPath) : start;
  const fromRoot = (path: string) => (isAbsolute(path) ? path : join(root, path));

  const rulesDir = folder !== undefined ? start : fromRoot(deploy.rulesDir ?? ".");
  const endpointText = flags.endpoint ?? (env.IDRS_ENDPOINT || undefined) ?? deploy.endpoint;
  const format = flags.format ?? deploy.pullFormat ?? "idrs";
  if (format !== "idrs" && format !== "json") {
    throw new DeployError("deploy.settings.badFormat", { value: format }, 2);
  }

  return {
    root,
    rulesDir,
    lockPath: flags.lock ? resolve(cwd, flags.lock) : fromRoot(deploy.lockFile ?? defaultLockFile),
    auditPath: flags.auditLog
      ? resolve(cwd, flags.auditLog)
      : fromRoot(deploy.auditLog ?? defaultAuditLog),
    endpoint: endpointText === undefined ? undefined : normalizeEndpoint(endpointText),
    profile: flags.profile ?? (env.IDRS_PROFILE || undefined) ?? deploy.profile,
    pullFormat: format,
    concurrency: parseConcurrency(flags.concurrency ?? deploy.concurrency),
    config,
    configPath,
  };
}

/** Returns the endpoint, or rejects with the three ways to set it. */
export function requireEndpoint(settings: DeploySettings): string {
  if (settings.endpoint === undefined) throw new DeployError("deploy.endpoint.missing", {}, 2);
  return settings.endpoint;
}

function parseConcurrency(value: string | number | undefined): number {
  if (value === undefined) return defaultConcurrency;
  const number = typeof value === "number" ? value : Number(value);
  if (!validConcurrency(number)) {
    throw new DeployError(
      "deploy.settings.badConcurrency",
      { value: String(value), max: maxConcurrency },
      2,
    );
  }
  return number;
}

/** Looks for `idrs.config.json` in `folder`, then in each parent folder. */
async function findConfig(folder: string): Promise<string | undefined> {
  let current = folder;
  for (;;) {
    const candidate = join(current, configFileName);
    if (await isFile(candidate)) return candidate;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/**
 * Reads `idrs.config.json` with the engine's reader, so every problem is reported as
 * `file:line:column` like `lint` reports it. `deploy.concurrency` is checked here too,
 * because the schema gives no maximum.
 */
async function readConfig(path: string, locale: Locale): Promise<IdrsConfig> {
  let text: string;
  try {
    text = (await readFile(path, "utf8")).replace(/^\uFEFF/, "");
  } catch (error) {
    throw new DeployError(
      "deploy.settings.configUnreadable",
      { path, reason: (error as Error).message },
      2,
    );
  }

  const parsed = parseConfig(text, { uri: path, locale });
  const lines = new LineIndex(text);
  const at = (offset: number) => {
    const position = lines.positionAt(offset);
    return `${path}:${position.line + 1}:${position.character + 1}`;
  };
  const problems = parsed.diagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => `${at(diagnostic.range.start)}: ${diagnostic.message}`);

  const concurrency = parsed.config.deploy?.concurrency;
  if (concurrency !== undefined && !validConcurrency(concurrency)) {
    const node = scanJson(text)?.resolve("/deploy/concurrency");
    const tree = scanJson(text);
    const offset = node?.complete && tree ? tree.start(node.node) : 0;
    const reason = deployMessage(locale, "deploy.settings.badConcurrency", {
      value: String(concurrency),
      max: maxConcurrency,
    });
    problems.push(`${at(offset)}: ${reason}`);
  }

  if (problems.length > 0) {
    throw new DeployError("deploy.settings.configInvalid", { path }, 2, problems);
  }
  return parsed.config;
}

function validConcurrency(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= maxConcurrency;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}
