import type { Locale } from "@idrs-rules/core";
import { readContent } from "./content.js";
import { describeContentProblem } from "./content-problem.js";
import { diffContent } from "./diff.js";
import { compareText, contentHash, remoteListHash, sha256 } from "./hash.js";
import { type LockEntry, lockKey } from "./lock.js";
import { matchLocalsToLock } from "./match.js";
import type {
  DeleteEntry,
  ForgetEntry,
  InvalidRemoteEntry,
  LocalRule,
  Plan,
  PlanEntry,
  RemoteOnlyEntry,
  RemoteRule,
} from "./types.js";

export interface PlanInput {
  endpoint: string;
  locals: readonly LocalRule[];
  lock: readonly LockEntry[];
  remotes: readonly RemoteRule[];
  /** Turn remote-only rules into deletions. */
  prune: boolean;
  createdAt: string;
  /** Repository-relative `.invalid-content.txt` files that exist, as pull saved them. */
  invalidContentFiles?: ReadonlySet<string>;
  /** Language of the problems recorded in the plan; defaults to `en`. */
  locale?: Locale;
  /** Where the plan is made; recorded so that apply refuses it in another repository. */
  root?: string;
  lockFile?: string;
}

/**
 * Works out what apply would do, from the compiled local rules, the lock and the remote
 * list. Pure: no I/O, so every case is unit-tested without a server.
 */
export function buildPlan(input: PlanInput): Plan {
  const remoteById = new Map(input.remotes.map((remote) => [remote.id, remote]));
  const lockedIds = new Set(input.lock.map((entry) => entry.id));
  const claimed = new Set<string>();
  const locals = [...input.locals].sort((left, right) => compareText(left.key, right.key));
  const matches = matchLocalsToLock(locals, input.lock);
  const entries: PlanEntry[] = [];

  for (const local of locals) {
    const entry = matches.get(local.key);
    if (entry !== undefined) {
      claimed.add(entry.id);
      entries.push(planTracked(local, entry, remoteById.get(entry.id), input.locale ?? "en"));
    }
  }

  // Rules the lock does not know: adopt a remote rule of the same name (the lock was lost,
  // or an interrupted create succeeded), else create.
  for (const local of locals) {
    if (matches.has(local.key)) continue;
    const candidates = input.remotes.filter(
      (remote) =>
        remote.name === local.name && !claimed.has(remote.id) && !lockedIds.has(remote.id),
    );
    const remote =
      candidates.find((candidate) => contentHash(candidate.content) === local.hash) ??
      candidates[0];
    if (remote === undefined) {
      entries.push({ kind: "create", ...localSide(local) });
      continue;
    }
    claimed.add(remote.id);
    entries.push(planUntracked(local, remote, input.locale ?? "en"));
  }

  const locale = input.locale ?? "en";
  const removals: Array<RemoteOnlyEntry | DeleteEntry | InvalidRemoteEntry | ForgetEntry> = [];
  for (const entry of input.lock) {
    if (claimed.has(entry.id)) continue;
    const key = lockKey(entry.file, entry.name);
    const remote = remoteById.get(entry.id);
    claimed.add(entry.id);
    if (remote === undefined) {
      removals.push({ kind: "forget", key, id: entry.id, name: entry.name });
    } else if (input.invalidContentFiles?.has(entry.file)) {
      const problem = describeContentProblem(remote.content, locale) ?? "";
      removals.push({
        kind: "invalid-remote",
        id: remote.id,
        name: remote.name,
        file: entry.file,
        problem,
      });
    } else {
      const kind = input.prune ? "delete" : "remote-only";
      removals.push({ kind, id: remote.id, name: remote.name, managed: true, key });
    }
  }
  for (const remote of input.remotes) {
    if (claimed.has(remote.id)) continue;
    const kind = input.prune ? "delete" : "remote-only";
    removals.push({ kind, id: remote.id, name: remote.name, managed: false });
  }
  removals.sort(
    (left, right) => compareText(left.name, right.name) || compareText(left.id, right.id),
  );
  entries.push(...removals);

  return {
    planVersion: 1,
    endpoint: input.endpoint,
    ...(input.root === undefined ? {} : { root: input.root }),
    ...(input.lockFile === undefined ? {} : { lockFile: input.lockFile }),
    createdAt: input.createdAt,
    prune: input.prune,
    remoteHash: remoteListHash(input.remotes),
    planHash: planEntriesHash(entries),
    entries,
  };
}

/** Hashes the entries, the part of a plan that decides which requests apply sends. */
export function planEntriesHash(entries: readonly PlanEntry[]): string {
  return `sha256:${sha256(JSON.stringify(entries))}`;
}

function planTracked(
  local: LocalRule,
  entry: LockEntry,
  remote: RemoteRule | undefined,
  locale: Locale,
): PlanEntry {
  const side = localSide(local);
  if (remote === undefined) {
    return {
      kind: "drifted",
      ...side,
      id: entry.id,
      remoteDeleted: true,
      untracked: false,
    };
  }

  const remoteHash = contentHash(remote.content);
  if (remote.name === local.name && remoteHash === local.hash) {
    const lockUpdate =
      entry.contentHash !== local.hash || lockKey(entry.file, entry.name) !== local.key;
    return { kind: "unchanged", ...side, id: entry.id, lockUpdate };
  }

  const diff = diffContent(
    remote.content,
    readContent(local.json) ?? [],
    { remote: remote.name, local: local.name },
    locale,
  );
  if (remote.name !== entry.name || remoteHash !== entry.contentHash) {
    return {
      kind: "drifted",
      ...side,
      id: entry.id,
      remoteDeleted: false,
      diff,
      remoteName: remote.name,
      untracked: false,
    };
  }

  const renamedFrom = entry.name === local.name ? undefined : entry.name;
  return { kind: "update", ...side, id: entry.id, remoteName: remote.name, diff, renamedFrom };
}

function planUntracked(local: LocalRule, remote: RemoteRule, locale: Locale): PlanEntry {
  const side = localSide(local);
  if (contentHash(remote.content) === local.hash) {
    return { kind: "unchanged", ...side, id: remote.id, lockUpdate: true };
  }

  // Content the lock never recorded may be someone else's work: overwrite only with --force.
  const diff = diffContent(
    remote.content,
    readContent(local.json) ?? [],
    { remote: remote.name, local: local.name },
    locale,
  );
  return {
    kind: "drifted",
    ...side,
    id: remote.id,
    remoteDeleted: false,
    diff,
    remoteName: remote.name,
    untracked: true,
  };
}

function localSide(local: LocalRule) {
  return { key: local.key, file: local.file, name: local.name, json: local.json, hash: local.hash };
}
