import type { Locale } from "@idrs-rules/core";
import type { AuditLog, AuditRequest } from "./audit.js";
import { DeployError } from "./errors.js";
import type { LockStore } from "./lock.js";
import { runPool } from "./pool.js";
import type { RemoteResult, RemoteRules } from "./remote.js";
import type { DeleteEntry, Plan, PlanEntry } from "./types.js";

/** An entry that sends a request: create, update, forced drift overwrite, delete. */
export type RequestEntry = Extract<PlanEntry, { kind: "create" | "update" | "drifted" | "delete" }>;

export interface RequestOutcome {
  entry: RequestEntry;
  action: AuditRequest["action"];
  result: "ok" | "error";
  id?: string;
  requestId?: string;
  errorCode?: string;
  /** The error in the user's language. */
  errorMessage?: string;
}

export interface ApplyProgress {
  done: number;
  total: number;
  outcome: RequestOutcome;
}

export interface ApplyOptions {
  plan: Plan;
  remote: RemoteRules;
  lock: LockStore;
  audit: AuditLog;
  locale: Locale;
  force: boolean;
  concurrency: number;
  now: () => Date;
  onProgress?: (progress: ApplyProgress) => void;
  /** Aborting stops new requests; requests in flight finish and are recorded. */
  signal?: AbortSignal;
}

export interface ApplyResult {
  outcomes: RequestOutcome[];
  failed: number;
  /** Deletions not sent because an earlier request failed. */
  skippedDeletes: number;
  interrupted: boolean;
}

/** Requests apply sends for the plan, creates and updates first, deletions last. */
export function requestEntries(
  plan: Plan,
  force: boolean,
): { writes: RequestEntry[]; deletes: DeleteEntry[] } {
  const writes = plan.entries.filter(
    (entry): entry is RequestEntry =>
      entry.kind === "create" || entry.kind === "update" || (entry.kind === "drifted" && force),
  );
  const deletes = plan.entries.filter((entry): entry is DeleteEntry => entry.kind === "delete");
  return { writes, deletes };
}

/** Rejects a plan with drifted rules unless `force`: overwriting them would lose remote edits. */
export function assertNoDrift(plan: Plan, force: boolean): void {
  const drifted = plan.entries.filter((entry) => entry.kind === "drifted");
  if (drifted.length > 0 && !force) {
    const rules = drifted.map((entry) => `"${entry.name}"`).join(", ");
    throw new DeployError("deploy.apply.drifted", { count: drifted.length, rules });
  }
}

/**
 * Executes a plan. The lock is saved after each successful request, so an apply that stops
 * half-way leaves a lock from which a new plan completes the work without duplicates.
 * Deletions run only when every create and update succeeded.
 */
export async function applyPlan(options: ApplyOptions): Promise<ApplyResult> {
  assertNoDrift(options.plan, options.force);
  await recordLockOnlyChanges(options);

  const { writes, deletes } = requestEntries(options.plan, options.force);
  const total = writes.length + deletes.length;
  const outcomes: RequestOutcome[] = [];
  const record = async (outcome: RequestOutcome) => {
    outcomes.push(outcome);
    await options.audit.request(auditRequest(outcome));
    options.onProgress?.({ done: outcomes.length, total, outcome });
  };

  await runPool(
    writes,
    options.concurrency,
    async (entry) => record(await sendWrite(entry, options)),
    options.signal,
  );

  const writesFailed = outcomes.some((outcome) => outcome.result === "error");
  const interruptedEarly = options.signal?.aborted === true;
  if (!writesFailed && !interruptedEarly) {
    await runPool(
      deletes,
      options.concurrency,
      async (entry) => record(await sendDelete(entry, options)),
      options.signal,
    );
  }

  const failed = outcomes.filter((outcome) => outcome.result === "error").length;
  const skippedDeletes = writesFailed || interruptedEarly ? deletes.length : 0;
  return {
    outcomes,
    failed,
    skippedDeletes,
    interrupted: outcomes.length < total && options.signal?.aborted === true,
  };
}

/** Unchanged rules whose lock entry is stale, and lock entries of rules gone everywhere. */
async function recordLockOnlyChanges(options: ApplyOptions): Promise<void> {
  let changed = false;
  for (const entry of options.plan.entries) {
    if (entry.kind === "unchanged" && entry.lockUpdate) {
      options.lock.set(lockEntry(entry, entry.id, options.now()));
      changed = true;
    } else if (entry.kind === "forget") {
      options.lock.removeById(entry.id);
      changed = true;
    }
  }
  if (!changed) return;
  try {
    await options.lock.save();
  } catch (error) {
    throw new DeployError("deploy.lock.writeFailed", {
      path: options.lock.path,
      reason: String(error),
    });
  }
}

async function sendWrite(entry: RequestEntry, options: ApplyOptions): Promise<RequestOutcome> {
  if (entry.kind === "delete") return sendDelete(entry, options);

  const recreate = entry.kind === "create" || (entry.kind === "drifted" && entry.remoteDeleted);
  const action = recreate ? "CreateRule" : "UpdateRule";
  let result: RemoteResult;
  try {
    result =
      entry.kind === "create" || (entry.kind === "drifted" && entry.remoteDeleted)
        ? await options.remote.create({
            name: entry.name,
            content: entry.json,
            clientToken: entry.clientToken,
          })
        : await options.remote.update({ id: entry.id, name: entry.name, content: entry.json });
  } catch (error) {
    return failure(entry, action, error, options);
  }

  const outcome: RequestOutcome = {
    entry,
    action,
    result: "ok",
    id: result.rule.id,
    requestId: result.requestId,
  };
  options.lock.set(lockEntry(entry, result.rule.id, options.now()));
  return saveLock(outcome, options.lock);
}

async function sendDelete(entry: DeleteEntry, options: ApplyOptions): Promise<RequestOutcome> {
  const action = "DeleteRule";
  let requestId: string | undefined;
  try {
    requestId = (await options.remote.delete(entry.id)).requestId;
  } catch (error) {
    const info = options.remote.describeError(error, options.locale);
    if (!info.notFound) return failure(entry, action, error, options);
    // Already gone (deleted by someone else, or by an earlier attempt): the goal is met.
    requestId = info.requestId;
  }

  options.lock.removeById(entry.id);
  return saveLock({ entry, action, result: "ok", id: entry.id, requestId }, options.lock);
}

/**
 * Saves the lock after a successful request. When the write fails, the request still
 * happened, so the outcome keeps its Id and RequestId and turns into an error: the next
 * plan matches the rule again by name.
 */
async function saveLock(outcome: RequestOutcome, lock: LockStore): Promise<RequestOutcome> {
  try {
    await lock.save();
    return outcome;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ...outcome,
      result: "error",
      errorCode: "LockWriteFailed",
      errorMessage: `${lock.path}: ${reason}`,
    };
  }
}

function failure(
  entry: RequestEntry,
  action: RequestOutcome["action"],
  error: unknown,
  options: ApplyOptions,
): RequestOutcome {
  const info = options.remote.describeError(error, options.locale);
  return {
    entry,
    action,
    result: "error",
    errorCode: info.code,
    requestId: info.requestId,
    errorMessage: info.message,
  };
}

function lockEntry(entry: { file: string; name: string; hash: string }, id: string, now: Date) {
  return {
    file: entry.file,
    name: entry.name,
    id,
    contentHash: entry.hash,
    appliedAt: now.toISOString(),
  };
}

function auditRequest(outcome: RequestOutcome): AuditRequest {
  return {
    action: outcome.action,
    rule: outcome.entry.name,
    id: outcome.id ?? (outcome.entry.kind === "create" ? undefined : outcome.entry.id),
    requestId: outcome.requestId,
    result: outcome.result,
    errorCode: outcome.errorCode,
  };
}
