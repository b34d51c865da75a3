import { readdir, rm, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { writeFileAtomic } from "../workspace/atomic-write.js";
import { readContent } from "./content.js";
import { DeployError } from "./errors.js";
import { safeBaseName, uniqueFileName } from "./file-names.js";
import { contentHash } from "./hash.js";
import type { LocalSource } from "./local.js";
import type { LockStore } from "./lock.js";
import type { PullDecision, PullRemoval } from "./pull-plan.js";
import type { RemoteRule } from "./types.js";

/** Ending of the files that keep remote content that is not valid rule content. */
export const invalidContentSuffix = ".invalid-content.txt";

export interface PullWriteOptions {
  root: string;
  rulesDir: string;
  format: "idrs" | "json";
  lock: LockStore;
  now: Date;
  /** `.idrs` text of a content, or undefined when the content cannot be expressed in `.idrs`. */
  decompile: (content: string, name: string) => string | undefined;
}

/** One line of the pull report. */
export interface PullOutcome {
  kind:
    | "written"
    | "updated"
    | "up-to-date"
    | "kept-local"
    | "kept-deleted"
    | "invalid"
    | "removed"
    | "kept-edited"
    | "forgotten";
  /** The remote rule; for removals, the rule as the lock recorded it. */
  remote: RemoteRule;
  file?: string;
}

/**
 * Writes the decisions: new files, rules replaced inside their files, raw files for content
 * that is not rule JSON. Conflicts are rejected before anything is written. The lock is
 * saved once, after the files.
 */
export async function writePull(
  decisions: readonly PullDecision[],
  removals: readonly PullRemoval[],
  options: PullWriteOptions,
): Promise<PullOutcome[]> {
  const conflicts = decisions.filter((decision) => decision.kind === "conflict");
  if (conflicts.length > 0) {
    const rules = conflicts
      .map((decision) => `"${decision.remote.name}" (${decision.file})`)
      .join(", ");
    throw new DeployError("deploy.pull.conflicts", { count: conflicts.length, rules });
  }

  const taken = await takenNames(options.rulesDir);
  const edits = new Map<string, Array<{ source: LocalSource; text: string }>>();
  const outcomes: PullOutcome[] = [];
  const record = (remote: RemoteRule, file: string) =>
    options.lock.set({
      file,
      name: remote.name,
      id: remote.id,
      contentHash: contentHash(remote.content),
      appliedAt: options.now.toISOString(),
    });

  for (const decision of decisions) {
    const { remote } = decision;
    if (decision.kind === "conflict") continue;
    if (decision.kind === "keep-local") {
      outcomes.push(await keptOutcome(decision, options));
      continue;
    }
    if (decision.kind === "up-to-date") {
      record(remote, decision.source.file);
      outcomes.push({ kind: "up-to-date", remote, file: decision.source.file });
      continue;
    }

    const format = decision.kind === "update-file" ? decision.source.kind : options.format;
    const text = renderRule(remote, format, options);
    if (text === undefined) {
      const path = join(
        options.rulesDir,
        uniqueFileName(baseName(remote), invalidContentSuffix, (name) => taken.has(name)),
      );
      taken.add(basenameLower(path));
      await writeFileAtomic(path, remote.content);
      record(remote, relativeFile(options.root, path));
      outcomes.push({ kind: "invalid", remote, file: relativeFile(options.root, path) });
      continue;
    }

    if (decision.kind === "update-file") {
      const list = edits.get(decision.source.uri) ?? [];
      list.push({ source: decision.source, text });
      edits.set(decision.source.uri, list);
      record(remote, decision.source.file);
      outcomes.push({ kind: "updated", remote, file: decision.source.file });
      continue;
    }

    const path = await newFilePath(decision.preferredFile, remote, format, options, taken);
    await writeFileAtomic(path, text);
    record(remote, relativeFile(options.root, path));
    outcomes.push({ kind: "written", remote, file: relativeFile(options.root, path) });
  }

  const deletions = new Set<string>();
  for (const removal of removals) {
    const { entry } = removal;
    const remote = { id: entry.id, name: entry.name, content: "" };
    if (removal.kind === "keep-edited") {
      outcomes.push({ kind: "kept-edited", remote, file: removal.source.file });
      continue;
    }
    options.lock.removeById(entry.id);
    if (removal.kind === "forget") {
      outcomes.push({ kind: "forgotten", remote, file: entry.file });
      continue;
    }

    const { source } = removal;
    if (source.ruleCount === 1 && source.fragmentCount === 0) {
      deletions.add(source.uri);
    } else {
      const list = edits.get(source.uri) ?? [];
      list.push({ source, text: "" });
      edits.set(source.uri, list);
    }
    outcomes.push({ kind: "removed", remote, file: source.file });
  }

  for (const [uri, list] of edits) {
    if (!deletions.has(uri)) await writeEdits(uri, list);
  }
  for (const uri of deletions) await rm(uri, { force: true });
  await options.lock.save();
  return outcomes;
}

/**
 * A rule unchanged remotely. Content saved as invalid earlier is still invalid and is
 * reported again while its file exists; a rule whose file was deleted stays deleted.
 */
async function keptOutcome(
  decision: Extract<PullDecision, { kind: "keep-local" }>,
  options: PullWriteOptions,
): Promise<PullOutcome> {
  const { remote, source, lockFile } = decision;
  if (source !== undefined) return { kind: "kept-local", remote, file: source.file };
  if (lockFile?.endsWith(invalidContentSuffix)) {
    const exists = await stat(join(options.root, lockFile)).then(
      () => true,
      () => false,
    );
    if (exists) return { kind: "invalid", remote, file: lockFile };
  }
  return { kind: "kept-deleted", remote, file: lockFile };
}

/** The rule as file text in `format`, or undefined when its content is not rule JSON. */
function renderRule(
  remote: RemoteRule,
  format: "idrs" | "json",
  options: PullWriteOptions,
): string | undefined {
  const content = readContent(remote.content);
  if (content === undefined) return undefined;
  if (format === "json") return `${JSON.stringify({ name: remote.name, content }, null, 2)}\n`;
  return options.decompile(remote.content, remote.name);
}

/** Replaces each pulled rule inside its file, last first so earlier offsets stay valid. */
async function writeEdits(
  uri: string,
  list: Array<{ source: LocalSource; text: string }>,
): Promise<void> {
  const first = list[0];
  if (first === undefined) return;
  // Rendered text uses LF; a file written with CRLF keeps CRLF.
  const crlf = first.source.text.includes("\r\n");
  const withEndings = (text: string) => (crlf ? text.replace(/\r?\n/g, "\r\n") : text);

  if (first.source.kind === "json") {
    await writeFileAtomic(uri, withEndings(mergeJsonRule(first.source.text, first.text)));
    return;
  }

  let text = first.source.text;
  const ordered = [...list].sort(
    (left, right) => right.source.range.start - left.source.range.start,
  );
  for (const edit of ordered) {
    const { start } = edit.source.range;
    let { end } = edit.source.range;
    // A removed rule takes its line break and one blank line after it along.
    if (edit.text === "") end += /^(\r?\n){0,2}/.exec(text.slice(end))?.[0].length ?? 0;
    const replacement = withEndings(edit.text.replace(/\n+$/, ""));
    text = text.slice(0, start) + replacement + text.slice(end);
  }
  await writeFileAtomic(uri, text);
}

/** Keeps the other fields of a `.rule.json` file (`$schema`, `description`) and replaces name and content. */
function mergeJsonRule(existing: string, pulled: string): string {
  try {
    const current = JSON.parse(existing.replace(/^\uFEFF/, ""));
    if (typeof current === "object" && current !== null && !Array.isArray(current)) {
      return `${JSON.stringify({ ...current, ...JSON.parse(pulled) }, null, 2)}\n`;
    }
  } catch {
    // An unreadable file is replaced by the pulled rule; the user asked for it with --force.
  }
  return pulled;
}

async function newFilePath(
  preferredFile: string | undefined,
  remote: RemoteRule,
  format: "idrs" | "json",
  options: PullWriteOptions,
  taken: Set<string>,
): Promise<string> {
  if (preferredFile !== undefined) {
    const preferred = join(options.root, preferredFile);
    const exists = await stat(preferred).then(
      () => true,
      () => false,
    );
    if (!exists) return preferred;
  }
  const extension = format === "json" ? ".rule.json" : ".idrs";
  const name = uniqueFileName(baseName(remote), extension, (lower) => taken.has(lower));
  taken.add(name.toLowerCase());
  return join(options.rulesDir, name);
}

function baseName(remote: RemoteRule): string {
  return safeBaseName(remote.name, `rule-${safeBaseName(remote.id, "unnamed")}`);
}

/** Lower-case names of the folder's entries, so new files never replace an existing one. */
async function takenNames(folder: string): Promise<Set<string>> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return new Set(names.map((name) => name.toLowerCase()));
}

function basenameLower(path: string): string {
  return (path.split(sep).pop() ?? path).toLowerCase();
}

function relativeFile(root: string, path: string): string {
  return relative(root, path).split(sep).join("/");
}
