import { isUtf8 } from "node:buffer";
import {
  allLintRules,
  createLanguageServices,
  type IdrsConfig,
  type LanguageServices,
} from "@idrs-rules/core";
import type { CommandContext } from "../command.js";
import { formatShortDiagnostic } from "../reporters/short.js";
import { type LoadedConfig, loadConfig } from "./config.js";
import { nodeFileSystem, stderrLogger } from "./node-file-system.js";
import { displayPath } from "./paths.js";
import {
  decodeRuleFile,
  type ReadResult,
  readRuleFileBytesSync,
  readRuleFileSync,
} from "./read-file.js";
import { RealPaths } from "./real-paths.js";

/**
 * Outcome of reading a file into the project: its read result, or `clean` for a JSON rule
 * file the engine found clean, whose text is not kept (see `addFiles`).
 */
export type ProjectRead = ReadResult | { kind: "clean" };

/** The engine set up for one project: its configuration and the files read into it. */
export interface Project {
  services: LanguageServices;
  config: IdrsConfig;
  root: string;
  configPath?: string;
  /** Read result of each file read so far, by absolute path; text files are also in `services`. */
  reads: Map<string, ProjectRead>;
  /** Real paths of the files read, so a file reached through a symbolic link is read once. */
  readRealPaths: Set<string>;
  /** Real paths resolved during this run, shared with target discovery. */
  realPaths: RealPaths;
  /**
   * JSON rule files the engine found clean without adding them (see `addFiles`), with the
   * name of their rule, by absolute path. They have no findings.
   */
  cleanFiles: Map<string, string>;
}

/**
 * Loads the configuration (printing its warnings to standard error) and creates the
 * language services with it. Raises `UsageError` for a missing or invalid configuration.
 */
export async function openProject(
  context: CommandContext,
  configOption: string | undefined,
  targetPaths: readonly string[] = [],
): Promise<Project> {
  const logger = stderrLogger(context.stderr, context.env);
  const knownRuleCodes = createLanguageServices({ locale: context.locale, logger })
    .lintRules()
    .map((rule) => rule.code);
  const lockedRuleCodes = allLintRules()
    .filter((rule) => rule.locked === true)
    .map((rule) => rule.code);

  const loaded: LoadedConfig = await loadConfig({
    cwd: context.cwd,
    explicitPath: configOption,
    targetPaths,
    locale: context.locale,
    knownRuleCodes,
    lockedRuleCodes,
  });
  printConfigWarnings(context, loaded);

  const services = createLanguageServices({
    locale: context.locale,
    config: loaded.config,
    rootUri: loaded.root,
    fileSystem: nodeFileSystem,
    logger,
  });
  return {
    services,
    config: loaded.config,
    root: loaded.root,
    configPath: loaded.path,
    reads: new Map(),
    readRealPaths: new Set(),
    realPaths: new RealPaths(),
    cleanFiles: new Map(),
  };
}

/**
 * Reads files into the project. Files decoded as text become documents (the URI is the
 * absolute path); the others keep their read result so the caller can report them. Of the
 * paths that lead to one file, only the first is read: two would be two documents with the
 * same rules, and every rule a duplicate of itself. Files are read synchronously: for a
 * project of many small files that is several times faster than overlapping `fs/promises`
 * reads (see `readRuleFileSync`).
 *
 * With `skipClean` (a lint run that changes nothing), a JSON rule file that the engine
 * finds clean on its own and whose rule name no other file has is not added: it goes to
 * `project.cleanFiles`. Keeping thousands of models alive for rules that find nothing was
 * most of the time of a large run.
 */
export async function addFiles(
  project: Project,
  paths: readonly string[],
  options: { skipClean?: boolean } = {},
): Promise<void> {
  for (const path of paths) {
    if (project.reads.has(path)) continue;
    const real = project.realPaths.of(path);
    if (project.readRealPaths.has(real)) continue;
    project.readRealPaths.add(real);
    const read = options.skipClean ? readUnlessClean(project, path) : readRuleFileSync(path);
    project.reads.set(path, read);
    if (read.kind === "text" && !project.cleanFiles.has(path))
      project.services.setDocument(path, read.text, 0);
  }
  if (options.skipClean) addCleanFilesWithSharedNames(project);
}

/**
 * Reads a file for a lint run that changes nothing, noting the JSON rule files the engine
 * finds clean in `project.cleanFiles`. Such a file is judged from its bytes, read as
 * Latin-1 text, and never decoded (see `lint/certainlyClean.ts` in core): a clean file
 * needs no text, since nothing will point into it. A clean file with a byte order mark
 * keeps its text, for the warning about the mark.
 */
function readUnlessClean(project: Project, path: string): ProjectRead {
  const bytes = readRuleFileBytesSync(path);
  if (!(bytes instanceof Uint8Array)) return bytes;

  const json = path.endsWith(".json");
  if (json && !startsWithByteOrderMark(bytes) && isUtf8(bytes)) {
    const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
    const name = project.services.cleanRuleFileName(path, latin1, fromLatin1);
    if (name !== undefined) {
      project.cleanFiles.set(path, name);
      return { kind: "clean" };
    }
  }

  const read = decodeRuleFile(bytes);
  if (json && read.kind === "text" && read.hasBom) {
    const name = project.services.cleanRuleFileName(path, read.text);
    if (name !== undefined) project.cleanFiles.set(path, name);
  }
  return read;
}

function startsWithByteOrderMark(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Decodes UTF-8 bytes that were read as Latin-1 text, one character per byte. */
function fromLatin1(raw: string): string {
  return Buffer.from(raw, "latin1").toString("utf8");
}

/**
 * Adds to the documents every clean file whose rule name another rule also has, so that
 * `duplicate-rule-name` reports it with the other places.
 */
function addCleanFilesWithSharedNames(project: Project): void {
  const counts = new Map<string, number>();
  const count = (name: string) => counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const document of project.services.documents()) {
    for (const rule of document.rules) count(rule.name);
  }
  for (const name of project.cleanFiles.values()) count(name);

  for (const [path, name] of project.cleanFiles) {
    if ((counts.get(name) ?? 0) < 2) continue;
    project.cleanFiles.delete(path);
    // The text was not kept: read it again.
    let read = project.reads.get(path);
    if (read?.kind === "clean") {
      read = readRuleFileSync(path);
      project.reads.set(path, read);
    }
    if (read?.kind === "text") project.services.setDocument(path, read.text, 0);
  }
}

function printConfigWarnings(context: CommandContext, loaded: LoadedConfig): void {
  if (loaded.path === undefined) return;
  const path = displayPath(context.cwd, loaded.path);
  for (const diagnostic of loaded.warnings) {
    context.stderr.write(
      `${formatShortDiagnostic(diagnostic, loaded.text, path, context.locale)}\n`,
    );
  }
}
