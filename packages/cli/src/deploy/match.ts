import { type LockEntry, lockKey } from "./lock.js";
import type { LocalRule } from "./types.js";

/**
 * Pairs local rules with lock entries. Beyond exact keys (file and name), a rule that was
 * renamed or moved in git keeps its remote rule, so apply updates it instead of creating
 * a second one. Passes, each only over what is still unpaired:
 * 1. same key;
 * 2. same file and same content hash (renamed, content unchanged);
 * 3. same content hash in another file, when the entry's rule is gone from the repository
 *    and the hash is unique among unpaired rules and entries (renamed and moved);
 * 4. same name in another file, when that name is unique on both sides (file moved);
 * 5. the only unpaired rule of a file with the only unpaired entry of that file (renamed
 *    and edited).
 */
export function matchLocalsToLock(
  locals: readonly LocalRule[],
  lock: readonly LockEntry[],
): Map<string, LockEntry> {
  const matches = new Map<string, LockEntry>();
  const usedIds = new Set<string>();
  const pair = (local: LocalRule, entry: LockEntry) => {
    matches.set(local.key, entry);
    usedIds.add(entry.id);
  };
  const freeLocals = () => locals.filter((local) => !matches.has(local.key));
  const freeEntries = () => lock.filter((entry) => !usedIds.has(entry.id));

  const byKey = new Map(lock.map((entry) => [lockKey(entry.file, entry.name), entry]));
  for (const local of locals) {
    const entry = byKey.get(local.key);
    if (entry !== undefined && !usedIds.has(entry.id)) pair(local, entry);
  }

  for (const local of freeLocals()) {
    const candidates = freeEntries().filter(
      (entry) => entry.file === local.file && entry.contentHash === local.hash,
    );
    if (candidates.length === 1) pair(local, candidates[0] as LockEntry);
  }

  const localKeys = new Set(locals.map((local) => local.key));
  for (const local of freeLocals()) {
    const sameHashLocals = freeLocals().filter((other) => other.hash === local.hash);
    const candidates = freeEntries().filter(
      (entry) =>
        entry.contentHash === local.hash && !localKeys.has(lockKey(entry.file, entry.name)),
    );
    if (sameHashLocals.length === 1 && candidates.length === 1)
      pair(local, candidates[0] as LockEntry);
  }

  for (const local of freeLocals()) {
    const sameNameLocals = freeLocals().filter((other) => other.name === local.name);
    const candidates = freeEntries().filter((entry) => entry.name === local.name);
    if (sameNameLocals.length === 1 && candidates.length === 1)
      pair(local, candidates[0] as LockEntry);
  }

  for (const local of freeLocals()) {
    const fileLocals = freeLocals().filter((other) => other.file === local.file);
    const candidates = freeEntries().filter((entry) => entry.file === local.file);
    if (fileLocals.length === 1 && candidates.length === 1) pair(local, candidates[0] as LockEntry);
  }

  return matches;
}
