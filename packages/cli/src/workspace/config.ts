import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { type Diagnostic, type IdrsConfig, type Locale, parseConfig } from "@idrs-rules/core";
import { reasonText } from "../cli/error-reason.js";
import { UsageError } from "../cli/errors.js";
import { message } from "../i18n/index.js";
import { formatShortDiagnostic } from "../reporters/short.js";
import { readRuleFileSync } from "./read-file.js";

export const configFileName = "idrs.config.json";

export interface LoadedConfig {
  config: IdrsConfig;
  /**
   * The folder of the configuration file. Without one: the root of the git work tree that
   * contains the first path named, else that path's folder (see `defaultRoot`).
   */
  root: string;
  /** Absolute path of the configuration file, when one was found. */
  path?: string;
  /** The configuration text, to locate `warnings`. */
  text?: string;
  /** Problems below error level, for the caller to print. */
  warnings: Diagnostic[];
}

export interface LoadConfigOptions {
  cwd: string;
  /**
   * `--config FILE`; otherwise idrs.config.json is looked for from the first path the user
   * named (its folder, or itself when it is a folder) upwards, then from the current folder
   * upwards, so `idrs-rules lint examples` uses `examples/idrs.config.json`.
   */
  explicitPath?: string;
  targetPaths?: readonly string[];
  locale: Locale;
  knownRuleCodes: readonly string[];
  lockedRuleCodes?: readonly string[];
}

/**
 * Finds and reads the configuration. A missing `--config` file, an unreadable file and a
 * configuration with errors raise a `UsageError` listing every problem with its position.
 */
export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const { locale } = options;
  const start = startFolder(options.cwd, options.targetPaths ?? []);
  const path = options.explicitPath
    ? resolve(options.cwd, options.explicitPath)
    : await findConfigFromTargets(options.cwd, start);
  if (path === undefined)
    return { config: {}, root: await defaultRoot(start ?? options.cwd), warnings: [] };

  const read = readRuleFileSync(path);
  if (read.kind === "unreadable") {
    if (read.errorCode === "ENOENT")
      throw new UsageError(message(locale, "config.notFound", { path }));
    const reason = reasonText(read.errorCode, locale);
    throw new UsageError(message(locale, "config.unreadable", { path, reason }));
  }
  if (read.kind === "invalid-utf8") {
    const reason = message(locale, "file.invalidUtf8", { offset: read.byteOffset });
    throw new UsageError(message(locale, "config.unreadable", { path, reason }));
  }

  const text = read.hasBom ? read.text.slice(1) : read.text;
  const parsed = parseConfig(text, {
    uri: path,
    locale,
    knownRuleCodes: [...options.knownRuleCodes],
    lockedRuleCodes: options.lockedRuleCodes ?? [],
  });
  const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0 || parsed.config === undefined) {
    const lines = [message(locale, "config.invalid", { path })];
    for (const diagnostic of errors)
      lines.push(`  ${formatShortDiagnostic(diagnostic, text, path, locale)}`);
    throw new UsageError(lines.join("\n"));
  }

  const warnings = parsed.diagnostics.filter((diagnostic) => diagnostic.severity !== "error");
  return { config: parsed.config, root: dirname(path), path, text, warnings };
}

/**
 * Returns the folder of the first path the user named (itself when it is a folder). Returns
 * undefined without a path or for a glob pattern, which is relative to the current folder.
 */
function startFolder(cwd: string, targetPaths: readonly string[]): string | undefined {
  const first = targetPaths[0];
  if (first === undefined || /[*?{[]/.test(first)) return undefined;
  const target = resolve(cwd, first);
  return isDirectory(target) ? target : dirname(target);
}

async function findConfigFromTargets(
  cwd: string,
  start: string | undefined,
): Promise<string | undefined> {
  if (start !== undefined) {
    const found = await findConfigFile(start);
    if (found !== undefined) return found;
  }
  return findConfigFile(cwd);
}

/**
 * Returns the project root without a configuration file: the root of the git work tree
 * containing `start` (the nearest folder with a `.git` entry), else `start` itself. Taking the current
 * folder instead would make `cd / && idrs-rules lint /tmp/x/a.idrs` read every rule file
 * of the disk, and report the unrelated ones as duplicates.
 */
async function defaultRoot(start: string): Promise<string> {
  let folder = resolve(start);
  for (;;) {
    if (existsSync(join(folder, ".git"))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return resolve(start);
    folder = parent;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

async function findConfigFile(start: string): Promise<string | undefined> {
  let folder = resolve(start);
  for (;;) {
    const candidate = join(folder, configFileName);
    const read = readRuleFileSync(candidate);
    if (read.kind !== "unreadable" || read.errorCode !== "ENOENT") return candidate;

    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}
