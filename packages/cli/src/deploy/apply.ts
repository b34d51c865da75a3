import type { Locale } from "@idrs-rules/core";
import type { AuditLog, AuditRequest } from "./audit.js";
import { DeployError } from "./errors.js";
import { newClientToken } from "./hash.js";
import type { LockStore } from "./lock.js";
import { deployMessage } from "./messages.js";
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
  /** A create without a clear response whose rule the client found by listing the rules. */
  foundByLookup?: boolean;
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
  /** Deletions not sent because an earlier request failed or apply was interrupted. */
  skippedDeletes: number;
  /** Requests of the plan that were never sent (interrupted, or deletions held back). */
  notSent: number;
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
 * Executes a plan. Every create's ClientToken is in the lock before any request leaves, and
 * the lock is saved again after the requests succeed, so an apply that stops half-way
 * leaves a lock from which a new plan completes the work without duplicates. Deletions run
 * only when every create and update succeeded.
 */
export async function applyPlan(options: ApplyOptions): Promise<ApplyResult> {
  assertNoDrift(options.plan, options.force);
  await recordLockOnlyChanges(options);

  const { writes, deletes } = requestEntries(options.plan, options.force);
  const total = writes.length + deletes.length;
  const freshTokens = await recordPendingCreates(writes, options);
  const run: RunOptions = { ...options, freshTokens, lockWrites: [] };
  const outcomes: RequestOutcome[] = [];
  const record = async (outcome: RequestOutcome) => {
    outcomes.push(outcome);
    await options.audit.request(auditRequest(outcome));
    options.onProgress?.({ done: outcomes.length, total, outcome });
  };

  await runPool(
    writes,
    options.concurrency,
    async (entry) => record(await sendWrite(entry, run)),
    options.signal,
  );

  const writesFailed = outcomes.some((outcome) => outcome.result === "error");
  const interruptedEarly = options.signal?.aborted === true;
  if (!writesFailed && !interruptedEarly) {
    await runPool(
      deletes,
      options.concurrency,
      async (entry) => record(await sendDelete(entry, run)),
      options.signal,
    );
  }

  await flushLockWrites(run, outcomes);
  const failed = outcomes.filter((outcome) => outcome.result === "error").length;
  const skippedDeletes = writesFailed || interruptedEarly ? deletes.length : 0;
  return {
    outcomes,
    failed,
    skippedDeletes,
    notSent: total - outcomes.length,
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

/** State of one apply run that its requests share. */
interface RunOptions extends ApplyOptions {
  /** ClientTokens made by this run: never sent before, so a response to one is no replay. */
  freshTokens: Set<string>;
  /** Lock saves started after successful requests, awaited once at the end. */
  lockWrites: Array<{ outcome: RequestOutcome; write: Promise<void> }>;
}

/**
 * Records a pending create with a new ClientToken for every create that has none yet, and
 * saves the lock once before any request leaves. A rerun after an interruption then reuses
 * each token, so the service cannot create a rule twice. Returns the new tokens.
 */
async function recordPendingCreates(
  writes: readonly RequestEntry[],
  options: ApplyOptions,
): Promise<Set<string>> {
  const freshTokens = new Set<string>();
  for (const entry of writes) {
    if (entry.kind === "delete" || !isCreate(entry)) continue;
    if (options.lock.pendingToken(entry.file, entry.name, entry.hash) !== undefined) continue;

    const clientToken = newClientToken();
    freshTokens.add(clientToken);
    options.lock.setPending({
      file: entry.file,
      name: entry.name,
      contentHash: entry.hash,
      clientToken,
      createdAt: options.now().toISOString(),
    });
  }
  if (freshTokens.size === 0) return freshTokens;
  try {
    await options.lock.save();
  } catch (error) {
    throw new DeployError("deploy.lock.writeFailed", {
      path: options.lock.path,
      reason: String(error),
    });
  }
  return freshTokens;
}

function isCreate(entry: RequestEntry): boolean {
  return entry.kind === "create" || (entry.kind === "drifted" && entry.remoteDeleted === true);
}

/**
 * Starts a lock save after a successful request without waiting for it: the pending
 * ClientTokens already on disk make a lost save harmless (a rerun gets the same rules
 * back, and plan matches updated and deleted rules by content), and the saves coalesce into
 * a few writes instead of one per request.
 */
function saveLockLater(outcome: RequestOutcome, options: RunOptions): RequestOutcome {
  options.lockWrites.push({ outcome, write: options.lock.saveSoon() });
  return outcome;
}

/** Waits for the lock saves; a request whose save failed is reported as an error. */
async function flushLockWrites(options: RunOptions, outcomes: RequestOutcome[]): Promise<void> {
  const results = await Promise.allSettled(options.lockWrites.map((pending) => pending.write));
  results.forEach((result, index) => {
    if (result.status === "fulfilled") return;
    const { outcome } = options.lockWrites[index] as { outcome: RequestOutcome };
    const position = outcomes.indexOf(outcome);
    if (position < 0) return;
    const reason = result.reason instanceof Error ? result.reason.message : String(result.reason);
    outcomes[position] = {
      ...outcome,
      result: "error",
      errorCode: "LockWriteFailed",
      errorMessage: `${options.lock.path}: ${reason}`,
    };
  });
}

async function sendWrite(entry: RequestEntry, options: RunOptions): Promise<RequestOutcome> {
  if (entry.kind === "delete") return sendDelete(entry, options);

  if (entry.kind === "create" || isCreate(entry)) return sendCreate(entry, options);

  const action = "UpdateRule";
  let result: RemoteResult;
  try {
    result = await options.remote.update({ id: entry.id, name: entry.name, content: entry.json });
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
  return saveLockLater(outcome, options);
}

/**
 * Sends CreateRule with the token of the pending create recorded in the lock. The service
 * returns, for a known token, the rule it made for it, even when that rule was deleted
 * since, so after a token of an earlier run the returned Id is checked with GetRule. A token
 * of this run was never sent before, so its response is trusted without that extra request.
 * A rule that no longer exists is created again, once, with a new token saved first.
 */
async function sendCreate(
  entry: Exclude<RequestEntry, { kind: "delete" }>,
  options: RunOptions,
): Promise<RequestOutcome> {
  const action = "CreateRule";
  const { lock } = options;

  for (let attempt = 1; ; attempt++) {
    const token = lock.pendingToken(entry.file, entry.name, entry.hash);
    const clientToken = token ?? newClientToken();
    if (token === undefined) {
      options.freshTokens.add(clientToken);
      lock.setPending({
        file: entry.file,
        name: entry.name,
        contentHash: entry.hash,
        clientToken,
        createdAt: options.now().toISOString(),
      });
      // The token must be on disk before the request leaves, or a rerun could not reuse it.
      const saved = await saveLock({ entry, action, result: "ok" }, lock);
      if (saved.result === "error") return saved;
    }

    let result: RemoteResult;
    try {
      result = await options.remote.create({ name: entry.name, content: entry.json, clientToken });
    } catch (error) {
      return failure(entry, action, error, options);
    }

    const exists =
      options.freshTokens.has(clientToken) ||
      (await options.remote.exists(result.rule.id).catch(() => true));
    if (!exists) {
      lock.dropPending(entry.file, entry.name);
      if (attempt < 2) continue;
      await saveLock({ entry, action, result: "ok" }, lock);
      return {
        entry,
        action,
        result: "error",
        id: result.rule.id,
        requestId: result.requestId,
        errorCode: "CreatedRuleNotFound",
        errorMessage: deployMessage(options.locale, "apply.createdRuleMissing", {
          id: result.rule.id,
        }),
      };
    }

    const outcome: RequestOutcome = {
      entry,
      action,
      result: "ok",
      id: result.rule.id,
      requestId: result.requestId,
      foundByLookup: result.foundByLookup === true,
    };
    lock.set(lockEntry(entry, result.rule.id, options.now()));
    return saveLockLater(outcome, options);
  }
}

async function sendDelete(entry: DeleteEntry, options: RunOptions): Promise<RequestOutcome> {
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
  return saveLockLater({ entry, action, result: "ok", id: entry.id, requestId }, options);
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
    ...(outcome.foundByLookup ? { foundByLookup: true } : {}),
  };
}
