import { readFile } from "node:fs/promises";
import { writeFileAtomic } from "../workspace/atomic-write.js";
import { DeployError } from "./errors.js";
import { compareText } from "./hash.js";

export const lockVersion = 1;

/** One rule the lock file records: where it lives locally and what was last applied or pulled. */
export interface LockEntry {
  /** Repository-relative path with `/` separators. */
  file: string;
  name: string;
  id: string;
  /** `contentHash()` of the content last applied or pulled. */
  contentHash: string;
  /** ISO time of the last apply or pull of this rule. */
  appliedAt: string;
}

/** `idrs.lock.json`: committed to git, bound to one endpoint. */
export interface LockFile {
  lockVersion: typeof lockVersion;
  endpoint: string;
  rules: LockEntry[];
}

export function lockKey(file: string, name: string): string {
  return `${file}#${name}`;
}

export function emptyLock(endpoint: string): LockFile {
  return { lockVersion, endpoint, rules: [] };
}

/**
 * Reads the lock file for `endpoint`. A missing file gives an empty lock. A lock bound to
 * another endpoint is rejected unless `forceLock`, which starts an empty lock for the new
 * endpoint: rules are then matched to remote rules by name again.
 */
export async function readLock(
  path: string,
  endpoint: string,
  options: { forceLock?: boolean } = {},
): Promise<LockFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      return emptyLock(endpoint);
    }
    throw new DeployError("deploy.lock.unreadable", { path, reason: String(error) }, 2);
  }

  const lock = parseLock(text, path);
  if (lock.endpoint !== endpoint) {
    if (options.forceLock) {
      return emptyLock(endpoint);
    }
    throw new DeployError(
      "deploy.lock.otherEndpoint",
      {
        path,
        lockEndpoint: lock.endpoint,
        endpoint,
      },
      2,
    );
  }
  return lock;
}

/** Validates the lock's shape; any problem names the file and the first wrong field. */
export function parseLock(text: string, path: string): LockFile {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DeployError("deploy.lock.invalidJson", { path, reason: (error as Error).message }, 2);
  }

  if (!isRecord(data)) {
    throw new DeployError("deploy.lock.invalidField", { path, field: "(root)" }, 2);
  }
  if (typeof data.lockVersion === "number" && data.lockVersion > lockVersion) {
    throw new DeployError("deploy.lock.newerVersion", { path, version: data.lockVersion }, 2);
  }
  if (data.lockVersion !== lockVersion) {
    throw new DeployError("deploy.lock.invalidField", { path, field: "lockVersion" }, 2);
  }
  if (typeof data.endpoint !== "string") {
    throw new DeployError("deploy.lock.invalidField", { path, field: "endpoint" }, 2);
  }
  if (!Array.isArray(data.rules)) {
    throw new DeployError("deploy.lock.invalidField", { path, field: "rules" }, 2);
  }

  const rules = data.rules.map((entry, index) => parseEntry(entry, `rules[${index}]`, path));
  return { lockVersion, endpoint: data.endpoint, rules };
}

function parseEntry(entry: unknown, where: string, path: string): LockEntry {
  if (!isRecord(entry)) {
    throw new DeployError("deploy.lock.invalidField", { path, field: where }, 2);
  }
  for (const field of ["file", "name", "id", "contentHash", "appliedAt"] as const) {
    if (typeof entry[field] !== "string") {
      throw new DeployError("deploy.lock.invalidField", { path, field: `${where}.${field}` });
    }
  }
  const { file, name, id, contentHash, appliedAt } = entry as unknown as LockEntry;
  return { file, name, id, contentHash, appliedAt };
}

/** Lock text as committed: entries sorted by file and name, so git diffs stay small. */
export function serializeLock(lock: LockFile): string {
  const rules = [...lock.rules].sort(
    (left, right) =>
      compareText(left.file, right.file) ||
      compareText(left.name, right.name) ||
      compareText(left.id, right.id),
  );
  return `${JSON.stringify({ lockVersion, endpoint: lock.endpoint, rules }, null, 2)}\n`;
}

/**
 * The lock of one command run, saved after every change. Saves are chained, so concurrent
 * requests that finish together write one after another and the last write has every change.
 */
export class LockStore {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly lock: LockFile,
  ) {}

  get entries(): readonly LockEntry[] {
    return this.lock.rules;
  }

  get endpoint(): string {
    return this.lock.endpoint;
  }

  /** Records `entry`, replacing any entry with the same key or the same remote Id. */
  set(entry: LockEntry): void {
    const key = lockKey(entry.file, entry.name);
    this.lock.rules = this.lock.rules.filter(
      (existing) => existing.id !== entry.id && lockKey(existing.file, existing.name) !== key,
    );
    this.lock.rules.push(entry);
  }

  removeById(id: string): void {
    this.lock.rules = this.lock.rules.filter((existing) => existing.id !== id);
  }

  save(): Promise<void> {
    const text = serializeLock(this.lock);
    const next = this.chain.then(() => writeFileAtomic(this.path, text));
    // A failed write must not block later ones; the caller of this save receives the error.
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
