import { stat } from "node:fs/promises";
import { join } from "node:path";
import type { CommandContext } from "../command.js";
import { DeployError } from "./errors.js";
import { compileRepository, type LocalRepository } from "./local.js";
import type { LockEntry } from "./lock.js";
import { buildPlan } from "./plan.js";
import { invalidContentSuffix } from "./pull-write.js";
import { type DeploySession, note } from "./session.js";
import type { Plan } from "./types.js";

/**
 * Compiles the repository, lists the remote rules and builds a fresh plan. Errors in rule
 * files are printed as `file:line:column` and stop here: nothing is planned from a
 * repository that does not compile.
 */
export async function makePlan(
  session: DeploySession,
  context: CommandContext,
  prune: boolean,
): Promise<{ plan: Plan; repository: LocalRepository }> {
  const repository = await compileRepository(session.settings, context.locale);
  if (repository.problems.length > 0) {
    for (const problem of repository.problems) {
      context.stderr.write(
        `${problem.file}:${problem.line}:${problem.column}: ${problem.code}: ${problem.message}\n`,
      );
    }
    throw new DeployError("deploy.local.errors", { count: repository.problems.length });
  }
  if (repository.fileCount === 0)
    note(context, "deploy.local.empty", { path: session.settings.rulesDir });

  const remotes = await session.remote.listAll();
  const plan = buildPlan({
    endpoint: session.endpoint,
    locals: repository.rules,
    lock: session.lock.entries,
    remotes,
    prune,
    createdAt: new Date().toISOString(),
    invalidContentFiles: await existingInvalidContentFiles(
      session.settings.root,
      session.lock.entries,
    ),
    locale: context.locale,
    root: session.settings.root,
    lockFile: session.settings.lockPath,
  });
  return { plan, repository };
}

/** The `.invalid-content.txt` files of the lock that still exist; a deleted one releases its rule to `--prune`. */
async function existingInvalidContentFiles(
  root: string,
  entries: readonly LockEntry[],
): Promise<Set<string>> {
  const files = new Set<string>();
  for (const entry of entries) {
    if (!entry.file.endsWith(invalidContentSuffix)) continue;
    const exists = await stat(join(root, entry.file)).then(
      (info) => info.isFile(),
      () => false,
    );
    if (exists) files.add(entry.file);
  }
  return files;
}
