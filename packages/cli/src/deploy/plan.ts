import { readContent } from "./content.js";
import { diffContent } from "./diff.js";
import { compareText, contentHash, createClientToken, remoteListHash, sha256 } from "./hash.js";
import { type LockEntry, lockKey } from "./lock.js";
import { matchLocalsToLock } from "./match.js";
import type {
  DeleteEntry,
  ForgetEntry,
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
      entries.push(planTracked(local, entry, remoteById.get(entry.id)));
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
      const clientToken = createClientToken(local.key, local.name, local.hash);
      entries.push({ kind: "create", ...localSide(local), clientToken });
      continue;
    }
    claimed.add(remote.id);
    entries.push(planUntracked(local, remote));
  }

  const removals: Array<RemoteOnlyEntry | DeleteEntry | ForgetEntry> = [];
  for (const entry of input.lock) {
    if (claimed.has(entry.id)) continue;
    const key = lockKey(entry.file, entry.name);
    const remote = remoteById.get(entry.id);
    claimed.add(entry.id);
    if (remote === undefined) {
      removals.push({ kind: "forget", key, id: entry.id, name: entry.name });
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
): PlanEntry {
  const side = localSide(local);
  const clientToken = createClientToken(local.key, local.name, local.hash);
  if (remote === undefined) {
    return {
      kind: "drifted",
      ...side,
      id: entry.id,
      remoteDeleted: true,
      clientToken,
      untracked: false,
    };
  }

  const remoteHash = contentHash(remote.content);
  if (remote.name === local.name && remoteHash === local.hash) {
    const lockUpdate =
      entry.contentHash !== local.hash || lockKey(entry.file, entry.name) !== local.key;
    return { kind: "unchanged", ...side, id: entry.id, lockUpdate };
  }

  const diff = diffContent(remote.content, readContent(local.json) ?? [], {
    remote: remote.name,
    local: local.name,
  });
  if (remote.name !== entry.name || remoteHash !== entry.contentHash) {
    return {
      kind: "drifted",
      ...side,
      id: entry.id,
      remoteDeleted: false,
      diff,
      remoteName: remote.name,
      clientToken,
      untracked: false,
    };
  }

  const renamedFrom = entry.name === local.name ? undefined : entry.name;
  return { kind: "update", ...side, id: entry.id, remoteName: remote.name, diff, renamedFrom };
}

function planUntracked(local: LocalRule, remote: RemoteRule): PlanEntry {
  const side = localSide(local);
  if (contentHash(remote.content) === local.hash) {
    return { kind: "unchanged", ...side, id: remote.id, lockUpdate: true };
  }

  // Content the lock never recorded may be someone else's work: overwrite only with --force.
  const diff = diffContent(remote.content, readContent(local.json) ?? [], {
    remote: remote.name,
    local: local.name,
  });
  const clientToken = createClientToken(local.key, local.name, local.hash);
  return {
    kind: "drifted",
    ...side,
    id: remote.id,
    remoteDeleted: false,
    diff,
    remoteName: remote.name,
    clientToken,
    untracked: true,
  };
}

function localSide(local: LocalRule) {
  return { key: local.key, file: local.file, name: local.name, json: local.json, hash: local.hash };
}
