import type { CommandContext } from "../command.js";
import { DeployError } from "./errors.js";
import { compileRepository, type LocalRepository } from "./local.js";
import { buildPlan } from "./plan.js";
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
  });
  return { plan, repository };
}
