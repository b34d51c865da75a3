import { createLanguageServices } from "@idrs-rules/core";
import type { CommandContext } from "../command.js";
import { describeContentProblem } from "./content-problem.js";
import { compileRepository } from "./local.js";
import { decidePull, decideRemovals } from "./pull-plan.js";
import { type PullOutcome, writePull } from "./pull-write.js";
import { note, openSession, type RemoteFactory } from "./session.js";

/**
 * `idrs-rules pull`: writes every remote rule into the repository, removes unchanged local
 * rules whose remote rule was deleted, and records the result in the lock. Exits with 1 when
 * remote content is invalid or a pulled file does not pass the checks that plan runs.
 */
export async function runPull(
  context: CommandContext,
  values: Record<string, unknown>,
  positionals: string[],
  createRemote?: RemoteFactory,
): Promise<number> {
  const session = await openSession(context, values, positionals, createRemote);
  const { settings } = session;
  const force = values.force === true;

  const repository = await compileRepository(settings, context.locale);
  const remotes = await session.remote.listAll();
  const decisions = decidePull(remotes, repository.sources, session.lock.entries, force);
  const removals = decideRemovals(remotes, repository.sources, session.lock.entries);

  const services = createLanguageServices({ locale: context.locale, config: settings.config });
  const outcomes = await writePull(decisions, removals, {
    root: settings.root,
    rulesDir: settings.rulesDir,
    format: settings.pullFormat,
    lock: session.lock,
    now: new Date(),
    decompile: (content, name) => services.decompile(content, { name }).text,
  });

  for (const outcome of outcomes) printOutcome(context, outcome);
  const invalid = outcomes.filter((outcome) => outcome.kind === "invalid").length;
  note(context, "pull.done", { count: remotes.length, lock: settings.lockPath });

  const problems = await lintPulledFiles(context, session.settings, outcomes);
  return invalid > 0 || problems > 0 ? 1 : 0;
}

function printOutcome(context: CommandContext, outcome: PullOutcome): void {
  const args = { name: outcome.remote.name, id: outcome.remote.id, file: outcome.file ?? "" };
  note(context, `pull.${outcome.kind}`, args);
  if (outcome.kind === "invalid") {
    const problem = describeContentProblem(outcome.remote.content, context.locale);
    if (problem !== undefined) note(context, "pull.invalidProblem", { problem });
  }
}

/**
 * Checks the files this pull wrote with the engine that plan uses. Remote rules can break
 * rules of the language (two rules of one name, unknown actions, a name or content over the
 * service's limits); each error is printed as a warning at its position, because plan and
 * apply refuse the repository until it is fixed. Returns the number of errors.
 */
async function lintPulledFiles(
  context: CommandContext,
  settings: Parameters<typeof compileRepository>[0],
  outcomes: readonly PullOutcome[],
): Promise<number> {
  const written = new Set(
    outcomes
      .filter((outcome) => outcome.kind === "written" || outcome.kind === "updated")
      .map((outcome) => outcome.file),
  );
  if (written.size === 0) return 0;

  const repository = await compileRepository(settings, context.locale);
  const problems = repository.problems.filter((problem) => written.has(problem.file));
  for (const problem of problems) {
    note(context, "pull.lintProblem", {
      position: `${problem.file}:${problem.line}:${problem.column}`,
      code: problem.code,
      message: problem.message,
    });
  }
  if (problems.length > 0) note(context, "pull.lintSummary", { count: problems.length });
  return problems.length;
}
