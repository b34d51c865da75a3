import { contentHash } from "../../packages/cli/src/deploy/hash.js";
import { type LockEntry, lockKey } from "../../packages/cli/src/deploy/lock.js";
import type { LocalRule, RemoteRule } from "../../packages/cli/src/deploy/types.js";

/** Compact content JSON of `[[sequence, ...actions], ...]`. */
export function content(...steps: Array<[number, ...string[]]>): string {
  return JSON.stringify(
    steps.map(([sequence, ...actions]) => ({
      sequence,
      actions: actions.map((name) => ({ name })),
    })),
  );
}

export function local(file: string, name: string, json: string): LocalRule {
  return { key: lockKey(file, name), file, name, json, hash: contentHash(json) };
}

export function remote(id: string, name: string, json: string): RemoteRule {
  return { id, name, content: json };
}

export function locked(file: string, name: string, id: string, json: string): LockEntry {
  return { file, name, id, contentHash: contentHash(json), appliedAt: "2024-01-01T00:00:00.000Z" };
}
