import { compareText, contentHash } from "./hash.js";
import type { LocalSource } from "./local.js";
import { type LockEntry, lockKey } from "./lock.js";
import { matchLocalsToLock } from "./match.js";
import type { RemoteRule } from "./types.js";

/**
 * What pull does with one remote rule. The lock's last applied or pulled state decides,
 * three-way, who changed what: only a remote change is written into the files, a local
 * change is kept, and a rule changed on both sides is a conflict.
 */
export type PullDecision =
  | { kind: "up-to-date"; remote: RemoteRule; source: LocalSource }
  | { kind: "keep-local"; remote: RemoteRule; source?: LocalSource; lockFile?: string }
  | { kind: "update-file"; remote: RemoteRule; source: LocalSource }
  | { kind: "new-file"; remote: RemoteRule; preferredFile?: string }
  | { kind: "conflict"; remote: RemoteRule; source?: LocalSource; file: string };

/**
 * What pull does with a lock entry whose rule is gone remotely: remove the local rule when
 * it is unchanged since the last apply or pull, keep it (and warn) when it was edited, and
 * only drop the lock entry when the local rule is gone too.
 */
export type PullRemoval =
  | { kind: "remove-local"; entry: LockEntry; source: LocalSource }
  | { kind: "keep-edited"; entry: LockEntry; source: LocalSource }
  | { kind: "forget"; entry: LockEntry };

export function decidePull(
  remotes: readonly RemoteRule[],
  sources: readonly LocalSource[],
  lock: readonly LockEntry[],
  force: boolean,
): PullDecision[] {
  const lockById = new Map(lock.map((entry) => [entry.id, entry]));
  const sourceForEntry = pairSourcesWithLock(sources, lock);
  const claimedSources = new Set([...sourceForEntry.values()].map((source) => source.key));
  const sorted = [...remotes].sort(
    (left, right) => compareText(left.name, right.name) || compareText(left.id, right.id),
  );

  return sorted.map((remote): PullDecision => {
    const entry = lockById.get(remote.id);
    const source = entry
      ? sourceForEntry.get(entry.id)
      : sourceByName(remote, sources, claimedSources);
    if (source !== undefined) claimedSources.add(source.key);
    const remoteHash = contentHash(remote.content);

    if (
      source?.rule !== undefined &&
      source.rule.hash === remoteHash &&
      source.name === remote.name
    ) {
      return { kind: "up-to-date", remote, source };
    }

    // Only a remote change is pulled; --force decides conflicts only, so local-only edits
    // and local deletions stay as they are even then.
    const remoteUnchanged =
      entry !== undefined && entry.contentHash === remoteHash && entry.name === remote.name;
    if (remoteUnchanged) return { kind: "keep-local", remote, source, lockFile: entry.file };

    if (source === undefined) {
      // The lock records the rule but no local file contains it: deleted locally and changed remotely.
      if (entry !== undefined && !force) return { kind: "conflict", remote, file: entry.file };
      return { kind: "new-file", remote, preferredFile: entry?.file };
    }

    const localClean =
      entry !== undefined &&
      source.rule !== undefined &&
      source.rule.hash === entry.contentHash &&
      source.name === entry.name;
    if (localClean || force) return { kind: "update-file", remote, source };
    return { kind: "conflict", remote, source, file: source.file };
  });
}

/** Decides, for each lock entry whose remote rule is gone, what pull does locally. */
export function decideRemovals(
  remotes: readonly RemoteRule[],
  sources: readonly LocalSource[],
  lock: readonly LockEntry[],
): PullRemoval[] {
  const remoteIds = new Set(remotes.map((remote) => remote.id));
  const sourceForEntry = pairSourcesWithLock(sources, lock);
  const removals: PullRemoval[] = [];

  for (const entry of lock) {
    if (remoteIds.has(entry.id)) continue;
    const source = sourceForEntry.get(entry.id);
    if (source === undefined) {
      removals.push({ kind: "forget", entry });
      continue;
    }
    const unchanged =
      source.rule !== undefined &&
      source.rule.hash === entry.contentHash &&
      source.name === entry.name &&
      source.file === entry.file;
    removals.push({ kind: unchanged ? "remove-local" : "keep-edited", entry, source });
  }
  return removals;
}

/** Local sources paired with lock entries as plan pairs them, plus exact keys of rules with errors. */
function pairSourcesWithLock(
  sources: readonly LocalSource[],
  lock: readonly LockEntry[],
): Map<string, LocalSource> {
  const compiled = sources.flatMap((source) => (source.rule ? [source.rule] : []));
  const matches = matchLocalsToLock(compiled, lock);
  const bySourceKey = new Map(sources.map((source) => [source.key, source]));
  const result = new Map<string, LocalSource>();

  for (const [key, entry] of matches) {
    const source = bySourceKey.get(key);
    if (source) result.set(entry.id, source);
  }
  for (const entry of lock) {
    const source = bySourceKey.get(lockKey(entry.file, entry.name));
    if (!result.has(entry.id) && source !== undefined && source.rule === undefined)
      result.set(entry.id, source);
  }
  return result;
}

/** The one unclaimed local rule with the remote rule's name (the lock was lost), if any. */
function sourceByName(
  remote: RemoteRule,
  sources: readonly LocalSource[],
  claimed: Set<string>,
): LocalSource | undefined {
  const candidates = sources.filter(
    (source) => source.name === remote.name && !claimed.has(source.key),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}
