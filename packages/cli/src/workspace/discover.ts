import { lstatSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { IdrsConfig, Locale } from "@idrs-rules/core";
import { UsageError } from "../cli/errors.js";
import { message } from "../i18n/index.js";
import { childPath, FolderEntries, plainFilesUnder } from "./crawl.js";
import { displayPath, isInside } from "./paths.js";
import { type RealPaths, uniqueByRealPath } from "./real-paths.js";

/** A path to check: a rule file, or an entry with a rule file's name that cannot be read as one. */
export interface Target {
  path: string;
  /** `special`: a pipe, socket or device, which is never read. */
  kind: "file" | "folder" | "broken-link" | "special";
}

export interface DiscoverOptions {
  cwd: string;
  /** The project root: the folder of idrs.config.json, else the current folder. */
  root: string;
  config: IdrsConfig;
  /** File name endings to collect, e.g. `.idrs` and `.rule.json`. */
  extensions: readonly string[];
  /** Accept a folder or pattern without any rule file instead of raising a `UsageError`. */
  allowEmpty: boolean;
  /** The command has `--no-error-on-unmatched-pattern`, so the error may suggest it. */
  suggestAllowEmpty?: boolean;
  /** The configuration file, named when its `include`/`exclude` left every file out. */
  configPath?: string;
  locale: Locale;
  /** Real paths resolved so far in this run; discovery adds those of the targets. */
  realPaths?: RealPaths;
  /** Folders read so far in this run, shared by the walks of one discovery. */
  folders?: FolderEntries;
}

/** File name endings of rule files: `.idrs` sources and JSON rule files. */
export const ruleFileExtensions = [".idrs", ".rule.json"] as const;

const alwaysIgnored = ["**/node_modules/**"];

/**
 * Expands command-line paths into targets, sorted by path without duplicates. Files named
 * on the command line are kept as they are. Folders are searched recursively and patterns
 * expanded, and what they find is filtered by the configuration's `include` and `exclude`.
 */
export async function findTargets(
  paths: readonly string[],
  options: DiscoverOptions,
): Promise<Target[]> {
  const shared = withFolders(options);
  return targetsOf(paths, shared, startAllowedFiles(shared));
}

/** Returns the options with a cache of folder entries, so that both walks share their reads. */
function withFolders(options: DiscoverOptions): DiscoverOptions {
  return options.folders ? options : { ...options, folders: new FolderEntries() };
}

async function targetsOf(
  paths: readonly string[],
  options: DiscoverOptions,
  allowed: Promise<ReadonlySet<string>>,
): Promise<Target[]> {
  const targets = new Map<string, Target>();

  for (const input of paths) {
    for (const target of await expandPath(input, options, allowed))
      targets.set(target.path, target);
  }
  const sorted = [...targets.values()].sort((a, b) => compareText(a.path, b.path));
  return uniqueByRealPath(sorted, (target) => target.path, options.realPaths);
}

/** Lists every rule file of the project: the files under the root that `include`/`exclude` select. */
export async function findProjectFiles(options: DiscoverOptions): Promise<string[]> {
  return [...(await allowedFiles(withFolders(options)))].sort(compareText);
}

/**
 * Returns both `findTargets(paths)` and `findProjectFiles()`, searching the project once
 * for both instead of once each.
 */
export async function findTargetsAndProjectFiles(
  paths: readonly string[],
  options: DiscoverOptions,
): Promise<{ targets: Target[]; projectFiles: string[] }> {
  // A project search by tinyglobby runs in the thread pool while the targets are walked.
  const shared = withFolders(options);
  const allowed = startAllowedFiles(shared);
  const targets = await targetsOf(paths, shared, allowed);
  return { targets, projectFiles: [...(await allowed)].sort(compareText) };
}

/**
 * Starts `allowedFiles`. A usage error about the targets may end the search before its
 * result is awaited: its failure must then not become an unhandled rejection.
 */
function startAllowedFiles(options: DiscoverOptions): Promise<Set<string>> {
  const allowed = allowedFiles(options);
  allowed.catch(() => undefined);
  return allowed;
}

async function expandPath(
  input: string,
  options: DiscoverOptions,
  allowedFiles: Promise<ReadonlySet<string>>,
): Promise<Target[]> {
  const absolute = resolve(options.cwd, input);
  const kind = pathKind(absolute);

  if (kind === "missing" && (await tinyglobby()).isDynamicPattern(input)) {
    const { glob } = await tinyglobby();
    const matches = await glob(input, { cwd: options.cwd, absolute: true, ignore: alwaysIgnored });
    const named = matches.filter((file) => hasExtension(file, options.extensions));
    const allowed = await allowedFiles;
    const files = named.filter((file) => selected(file, options, allowed));
    if (files.length === 0 && !options.allowEmpty) {
      throw new UsageError(
        unmatched(
          message(options.locale, "path.noMatch", {
            pattern: input,
            kinds: kindList(options.extensions),
          }),
          named.length,
          options,
        ),
      );
    }
    return files.map((path) => ({ path, kind: "file" }));
  }

  if (kind === "missing")
    throw new UsageError(message(options.locale, "path.notFound", { path: input }));
  if (kind === "broken-link") return [{ path: absolute, kind: "broken-link" }];
  if (kind === "file") {
    if (!hasExtension(absolute, options.extensions)) {
      throw new UsageError(message(options.locale, "path.notRuleFile", { path: input }));
    }
    return [{ path: absolute, kind: "file" }];
  }

  const walked = walkFolder(absolute, options);
  const allowed = await allowedFiles;
  const found = walked.filter(
    (target) => target.kind !== "file" || selected(target.path, options, allowed),
  );
  if (found.length === 0 && !options.allowEmpty) {
    throw new UsageError(
      unmatched(
        message(options.locale, "path.noRuleFiles", {
          path: input,
          kinds: kindList(options.extensions),
        }),
        walked.length,
        options,
      ),
    );
  }
  return found;
}

/**
 * Walks a folder for entries named like rule files, skipping `node_modules` and every entry
 * whose name starts with a dot. Symbolic links to folders are not followed, so a link loop
 * cannot hang the walk. A symbolic link to a missing file is returned as `broken-link`.
 */
function walkFolder(folder: string, options: DiscoverOptions): Target[] {
  const { extensions, realPaths } = options;
  const found: Target[] = [];
  const entries = (options.folders ?? new FolderEntries()).read(folder);

  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    const path = childPath(folder, entry.name);
    const named = hasExtension(entry.name, extensions);

    if (entry.isDirectory()) {
      if (named) found.push({ path, kind: "folder" });
      if (entry.name !== "node_modules") {
        for (const target of walkFolder(path, options)) found.push(target);
      }
    } else if (named && entry.isSymbolicLink()) {
      const kind = pathKind(path);
      if (kind === "broken-link") found.push({ path, kind: "broken-link" });
      else if (kind === "file") found.push({ path, kind: "file" });
    } else if (named) {
      const regular = entry.isFile();
      if (regular) realPaths?.noteRegularFile(path);
      found.push({ path, kind: regular ? "file" : "special" });
    }
  }
  return found;
}

/** Collects the rule files under the root that the configuration selects. */
async function allowedFiles(options: DiscoverOptions): Promise<Set<string>> {
  // Without `include` and `exclude`, a tree of plain files needs no pattern matching.
  if (!options.config.include?.length && !options.config.exclude?.length) {
    const root = resolve(options.root);
    const plain = plainFilesUnder(root, options.extensions, options.folders ?? new FolderEntries());
    if (plain !== undefined) return new Set(plain);
  }
  const defaults = options.extensions.map((extension) => `**/*${extension}`);
  const patterns =
    options.config.include && options.config.include.length > 0 ? options.config.include : defaults;
  const ignore = [...alwaysIgnored, ...(options.config.exclude ?? [])];
  const { glob } = await tinyglobby();
  const files = await glob(patterns, { cwd: options.root, absolute: true, ignore });
  return new Set(
    files.filter((file) => hasExtension(file, options.extensions)).map((file) => resolve(file)),
  );
}

/** Loads tinyglobby, which most lint runs of plain trees do not need. */
function tinyglobby(): Promise<typeof import("tinyglobby")> {
  return import("tinyglobby");
}

/** Files outside the project root are always kept; the configuration only covers the root. */
function selected(file: string, options: DiscoverOptions, allowed: ReadonlySet<string>): boolean {
  return !isInside(options.root, file) || allowed.has(file) || allowed.has(resolve(file));
}

function pathKind(path: string): "missing" | "broken-link" | "file" | "folder" {
  try {
    return statSync(path).isDirectory() ? "folder" : "file";
  } catch {
    try {
      return lstatSync(path).isSymbolicLink() ? "broken-link" : "missing";
    } catch {
      return "missing";
    }
  }
}

export function hasExtension(path: string, extensions: readonly string[]): boolean {
  return extensions.some((extension) => path.endsWith(extension));
}

function kindList(extensions: readonly string[]): string {
  return extensions
    .map((extension) => (extension === ".idrs" ? extension : `*${extension}`))
    .join(", ");
}

/**
 * Completes the message about a folder or pattern without rule files: why files that were
 * there are left out (`filtered` of them), and the option that accepts it, if the command has it.
 */
function unmatched(text: string, filtered: number, options: DiscoverOptions): string {
  const lines = [text];
  if (filtered > 0 && !options.config.include?.length && !options.config.exclude?.length) {
    // No pattern to blame: the files lie in a dot folder or node_modules, never searched.
    lines.push(message(options.locale, "path.skippedFolder", { count: filtered }));
  } else if (filtered > 0) {
    const config =
      options.configPath === undefined
        ? configFileName
        : displayPath(options.cwd, options.configPath);
    lines.push(message(options.locale, "path.filteredOut", { count: filtered, config }));
  }
  if (options.suggestAllowEmpty) lines.push(message(options.locale, "path.unmatchedHint"));
  return lines.join("\n");
}

const configFileName = "idrs.config.json";

/** Plain code-unit order, the same on every machine (no locale collation). */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
