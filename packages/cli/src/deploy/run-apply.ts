import { randomUUID } from "node:crypto";
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { CommandContext } from "../command.js";
import {
  type ApplyProgress,
  type ApplyResult,
  applyPlan,
  assertNoDrift,
  requestEntries,
} from "./apply.js";
import { AuditLog } from "./audit.js";
import { confirm } from "./confirm.js";
import { DeployError } from "./errors.js";
import { auditUser, readGitFacts } from "./git.js";
import { remoteListHash } from "./hash.js";
import { makePlan } from "./make-plan.js";
import { type DeployMessageKey, deployMessage } from "./messages.js";
import { renderPlan } from "./render-plan.js";
import { escapeMessageLines } from "./safe-text.js";
import { loadPlan } from "./saved-plan.js";
import { type DeploySession, note, openSession, type RemoteFactory } from "./session.js";
import type { Plan } from "./types.js";

export interface ApplyFlags {
  prune: boolean;
  force: boolean;
  yes: boolean;
  allowEmpty: boolean;
  planFile: string | undefined;
}

/** `idrs-rules apply`: plan (or load a saved plan), show it, confirm, execute, audit. */
export async function runApply(
  context: CommandContext,
  values: Record<string, unknown>,
  positionals: string[],
  createRemote?: RemoteFactory,
): Promise<number> {
  const { flags, folder } = await readApplyArguments(context, values, positionals);
  const session = await openSession(
    context,
    values,
    folder === undefined ? [] : [folder],
    createRemote,
  );
  const plan = flags.planFile
    ? await loadSavedPlan(session, flags)
    : await freshPlan(session, context, flags);

  context.stdout.write(renderPlan(plan, context.locale, { force: flags.force }));
  assertNoDrift(plan, flags.force);
  const { writes, deletes } = requestEntries(plan, flags.force);

  if (deletes.length > 0) {
    note(context, "apply.deleteList", { count: deletes.length });
    for (const entry of deletes)
      note(context, "apply.deleteItem", { name: entry.name, id: entry.id });
  }
  if (writes.length + deletes.length > 0 && !flags.yes) {
    await askConfirmation(context, session.endpoint, writes.length + deletes.length);
  }

  const audit = await openAudit(context, session, plan);
  const controller = new AbortController();
  const stop = () => {
    note(context, "apply.stopping");
    controller.abort();
  };
  process.once("SIGINT", stop);

  let result: ApplyResult;
  const startedAt = new Date().toISOString();
  try {
    result = await applyPlan({
      plan,
      remote: session.remote,
      lock: session.lock,
      audit,
      locale: context.locale,
      force: flags.force,
      concurrency: session.settings.concurrency,
      now: () => new Date(),
      onProgress: (progress) => printProgress(context, progress),
      signal: controller.signal,
    });
  } finally {
    process.removeListener("SIGINT", stop);
  }

  const counts = summarize(result);
  let status: "ok" | "error" | "interrupted" = "ok";
  if (result.failed > 0) status = "error";
  if (result.interrupted) status = "interrupted";
  await audit.finish({ result: status, startedAt, counts });
  note(context, "apply.done", counts);
  if (result.skippedDeletes > 0) {
    const key = result.skippedDeletes === 1 ? "apply.deletesSkipped.one" : "apply.deletesSkipped";
    note(context, key, { count: result.skippedDeletes });
  }
  if (status !== "ok") note(context, "apply.rerunHint");
  return status === "ok" ? 0 : 1;
}

async function readApplyArguments(
  context: CommandContext,
  values: Record<string, unknown>,
  positionals: string[],
) {
  if (positionals.length > 1)
    throw new DeployError("deploy.settings.oneFolder", { count: positionals.length }, 2);

  // A positional path is a saved plan when it is a file, the rules folder otherwise.
  let planFile = typeof values.plan === "string" ? values.plan : undefined;
  let folder = positionals[0];
  const exists = (path: string) =>
    stat(resolve(context.cwd, path)).then(
      () => true,
      () => false,
    );
  // A missing `.json` path was meant as a saved plan, not as a rules folder.
  if (folder?.toLowerCase().endsWith(".json") && !(await exists(folder))) {
    throw new DeployError("apply.planNotFound", { path: folder }, 2);
  }
  if (
    folder !== undefined &&
    (await stat(resolve(context.cwd, folder)).then(
      (info) => info.isFile(),
      () => false,
    ))
  ) {
    if (planFile !== undefined) throw new DeployError("apply.twoPlans", {}, 2);
    planFile = folder;
    folder = undefined;
  }

  const flags: ApplyFlags = {
    prune: values.prune === true,
    force: values.force === true,
    yes: values.yes === true,
    allowEmpty: values["allow-empty"] === true,
    planFile: planFile === undefined ? undefined : resolve(context.cwd, planFile),
  };
  if (flags.planFile !== undefined && flags.prune) throw new DeployError("apply.prunePlan", {}, 2);
  return { flags, folder };
}

/** A saved plan is applied only to the endpoint it was made for and only if the remote is unchanged. */
async function loadSavedPlan(session: DeploySession, flags: ApplyFlags): Promise<Plan> {
  const plan = await loadPlan(flags.planFile as string);
  if (plan.endpoint !== session.endpoint) {
    throw new DeployError(
      "apply.planEndpoint",
      { planEndpoint: plan.endpoint, endpoint: session.endpoint },
      2,
    );
  }
  // A plan made in another repository would create its rules here and start a lock here.
  const { root, lockPath } = session.settings;
  if (plan.root === undefined || plan.root !== root || plan.lockFile !== lockPath) {
    throw new DeployError(
      "apply.planRepository",
      { planRoot: plan.root ?? "?", planLock: plan.lockFile ?? "?", root, lock: lockPath },
      2,
    );
  }
  const remotes = await session.remote.listAll();
  if (remoteListHash(remotes) !== plan.remoteHash)
    throw new DeployError("apply.planStale", { createdAt: plan.createdAt });
  return plan;
}

async function freshPlan(
  session: DeploySession,
  context: CommandContext,
  flags: ApplyFlags,
): Promise<Plan> {
  const { plan, repository } = await makePlan(session, context, flags.prune);
  const deletes = plan.entries.filter((entry) => entry.kind === "delete").length;
  // An empty folder with --prune would delete every remote rule: usually a wrong folder.
  if (repository.rules.length === 0 && deletes > 0 && !flags.allowEmpty) {
    throw new DeployError("apply.emptyPrune", { count: deletes, path: session.settings.rulesDir });
  }
  return plan;
}

async function askConfirmation(
  context: CommandContext,
  endpoint: string,
  count: number,
): Promise<void> {
  if (!context.stdin.isTTY) throw new DeployError("apply.needsYes", {}, 2);
  const question = deployMessage(context.locale, "apply.confirm", { count, endpoint });
  if (!(await confirm(context, question))) throw new DeployError("apply.cancelled", {});
}

async function openAudit(
  context: CommandContext,
  session: DeploySession,
  plan: Plan,
): Promise<AuditLog> {
  const [git, user] = await Promise.all([
    readGitFacts(session.settings.root, [session.settings.auditPath, session.settings.lockPath]),
    auditUser(session.settings.root, context.env),
  ]);
  return new AuditLog(session.settings.auditPath, {
    applyId: randomUUID(),
    user,
    gitCommit: git.commit,
    gitDirty: git.dirty,
    endpoint: session.endpoint,
    planHash: plan.planHash,
  });
}

function printProgress(context: CommandContext, progress: ApplyProgress): void {
  const { outcome } = progress;
  const args = {
    done: progress.done,
    total: progress.total,
    action: outcome.action,
    name: outcome.entry.name,
    id: outcome.id ?? "-",
    requestId: outcome.requestId ?? "-",
    code: outcome.errorCode ?? "",
  };
  let key: DeployMessageKey =
    outcome.result === "ok" ? "apply.progress.ok" : "apply.progress.error";
  if (outcome.result === "ok" && outcome.foundByLookup) key = "apply.progress.lookup";
  note(context, key, args);
  if (outcome.errorMessage)
    context.stderr.write(`    ${escapeMessageLines(outcome.errorMessage, "    ")}\n`);
}

function summarize(result: ApplyResult): Record<string, number> {
  const ok = (action: string) =>
    result.outcomes.filter((outcome) => outcome.action === action && outcome.result === "ok")
      .length;
  return {
    created: ok("CreateRule"),
    updated: ok("UpdateRule"),
    deleted: ok("DeleteRule"),
    failed: result.failed,
    notSent: result.notSent,
  };
}
