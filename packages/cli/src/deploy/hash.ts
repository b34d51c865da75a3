import { createHash, randomUUID } from "node:crypto";
import type { RemoteRule } from "./types.js";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * Hashes rule content so that the same JSON hashes the same whatever its layout: text that
 * parses as JSON is hashed in its compact form (key order kept), anything else as it is.
 * The compiler already emits compact JSON, so local and remote hashes compare directly.
 */
export function contentHash(contentText: string): string {
  return `sha256:${sha256(normalizeContent(contentText))}`;
}

function normalizeContent(contentText: string): string {
  try {
    return JSON.stringify(JSON.parse(contentText));
  } catch {
    return contentText;
  }
}

/**
 * Hashes the remote list: ids, names and content hashes, sorted by id. A saved plan keeps
 * it, and apply compares it with a fresh list to notice remote changes made in between.
 */
export function remoteListHash(remotes: readonly RemoteRule[]): string {
  const rows = remotes
    .map((remote) => [remote.id, remote.name, contentHash(remote.content)])
    .sort((left, right) => compareText(left[0] ?? "", right[0] ?? ""));
  return `sha256:${sha256(JSON.stringify(rows))}`;
}

/**
 * Makes a new CreateRule `ClientToken`: one per create intent. The service answers a known
 * token with the rule it first created, even after that rule was deleted, so a token derived
 * from the rule would make a deleted rule impossible to create again. Apply keeps the token
 * in the lock (`pendingCreates`) until the Id is recorded, so a rerun after an interruption
 * sends the same one.
 */
export function newClientToken(): string {
  // NOTE: idrsservice documents no length limit for ClientToken; 32 characters stay under
  // the 64 that other Alibaba Cloud APIs allow.
  return randomUUID().replace(/-/g, "");
}

export function compareText(left: string, right: string): number {
  if (left < right) {
    return -1;
  }
  return left > right ? 1 : 0;
}
