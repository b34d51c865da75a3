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

/**
 * A CreateRule that apply is about to send or sent without recording its response. Its
 * `ClientToken` is reused when a rerun creates the same rule (same key and content), so a
 * create that reached the service is not made twice; it is dropped once the Id is recorded.
 */
export interface PendingCreate {
  file: string;
  name: string;
  contentHash: string;
  clientToken: string;
  /** ISO time the token was made. */
  createdAt: string;
}

/** `idrs.lock.json`: committed to git, bound to one endpoint. */
export interface LockFile {
  lockVersion: typeof lockVersion;
  endpoint: string;
  rules: LockEntry[];
  /** Written only while a create is open, so a settled lock has no `pendingCreates` key. */
  pendingCreates: PendingCreate[];
}

export function lockKey(file: string, name: string): string {
  return `${file}#${name}`;
}

export function emptyLock(endpoint: string): LockFile {
  return { lockVersion, endpoint, rules: [], pendingCreates: [] };
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
  const pendingData = data.pendingCreates ?? [];
  if (!Array.isArray(pendingData)) {
    throw new DeployError("deploy.lock.invalidField", { path, field: "pendingCreates" }, 2);
  }
  const pendingCreates = pendingData.map((entry, index) =>
    parsePending(entry, `pendingCreates[${index}]`, path),
  );
  return { lockVersion, endpoint: data.endpoint, rules, pendingCreates };
}

function parsePending(entry: unknown, where: string, path: string): PendingCreate {
  const fields = ["file", "name", "contentHash", "clientToken", "createdAt"] as const;
  const record = requireStrings(entry, fields, where, path);
  const { file, name, contentHash, clientToken, createdAt } = record as unknown as PendingCreate;
  return { file, name, contentHash, clientToken, createdAt };
}

/** Returns `entry` when it is an object whose `fields` are strings; else rejects with exit code 2. */
function requireStrings(
  entry: unknown,
  fields: readonly string[],
  where: string,
  path: string,
): Record<string, unknown> {
  if (!isRecord(entry)) {
    throw new DeployError("deploy.lock.invalidField", { path, field: where }, 2);
  }
  for (const field of fields) {
    if (typeof entry[field] !== "string") {
      throw new DeployError("deploy.lock.invalidField", { path, field: `${where}.${field}` }, 2);
    }
  }
  return entry;
}

function parseEntry(entry: unknown, where: string, path: string): LockEntry {
  const fields = ["file", "name", "id", "contentHash", "appliedAt"] as const;
  const record = requireStrings(entry, fields, where, path);
  const { file, name, id, contentHash, appliedAt } = record as unknown as LockEntry;
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
  const pending = [...lock.pendingCreates].sort(
    (left, right) => compareText(left.file, right.file) || compareText(left.name, right.name),
  );
  const data =
    pending.length === 0
      ? { lockVersion, endpoint: lock.endpoint, rules }
      : { lockVersion, endpoint: lock.endpoint, rules, pendingCreates: pending };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * The lock of one command run, saved after every change. Saves are coalesced: while one
 * write runs, every save asked for meanwhile shares one next write, which serialises the
 * lock when it starts and so holds all of their changes. Each caller still waits for a
 * write that contains its change, but 1,000 requests do not cost 1,000 writes of the whole
 * file.
 */
export class LockStore {
  private current: Promise<void> | undefined;
  private next: Promise<void> | undefined;
  private delayed: Promise<void> | undefined;
  // Indexes by key (file and name) and by Id, so recording 1,000 rules is not quadratic.
  private readonly rulesByKey = new Map<string, LockEntry>();
  private readonly keyById = new Map<string, string>();
  private readonly pendingByKey = new Map<string, PendingCreate>();

  constructor(
    readonly path: string,
    private readonly lock: LockFile,
  ) {
    for (const entry of lock.rules) this.index(entry);
    for (const pending of lock.pendingCreates) {
      this.pendingByKey.set(lockKey(pending.file, pending.name), pending);
    }
  }

  get entries(): readonly LockEntry[] {
    return [...this.rulesByKey.values()];
  }

  get endpoint(): string {
    return this.lock.endpoint;
  }

  get pendingCreates(): readonly PendingCreate[] {
    return [...this.pendingByKey.values()];
  }

  /**
   * Records `entry`, replacing any entry with the same key or the same remote Id, and drops
   * the pending create of that key. An entry equal to the recorded one but for `appliedAt`
   * is left as it is, so a command that changed nothing leaves no diff in git.
   */
  set(entry: LockEntry): void {
    const key = lockKey(entry.file, entry.name);
    this.pendingByKey.delete(key);
    const existing = this.rulesByKey.get(key);
    if (existing?.id === entry.id && existing.contentHash === entry.contentHash) return;

    if (existing !== undefined) this.keyById.delete(existing.id);
    const keyOfId = this.keyById.get(entry.id);
    if (keyOfId !== undefined) this.rulesByKey.delete(keyOfId);
    this.index(entry);
  }

  /** The token of an open create of this key and content, if a rerun should reuse it. */
  pendingToken(file: string, name: string, contentHash: string): string | undefined {
    const pending = this.pendingByKey.get(lockKey(file, name));
    return pending?.contentHash === contentHash ? pending.clientToken : undefined;
  }

  /** Records an open create, replacing any other pending create of the same key. */
  setPending(pending: PendingCreate): void {
    this.pendingByKey.set(lockKey(pending.file, pending.name), pending);
  }

  /** Drops the pending create of a key, so the next create of it gets a new token. */
  dropPending(file: string, name: string): void {
    this.pendingByKey.delete(lockKey(file, name));
  }

  removeById(id: string): void {
    const key = this.keyById.get(id);
    if (key === undefined) return;
    this.keyById.delete(id);
    this.rulesByKey.delete(key);
  }

  private index(entry: LockEntry): void {
    const key = lockKey(entry.file, entry.name);
    this.rulesByKey.set(key, entry);
    this.keyById.set(entry.id, key);
  }

  private snapshot(): LockFile {
    return {
      ...this.lock,
      rules: this.entries.slice(),
      pendingCreates: this.pendingCreates.slice(),
    };
  }

  save(): Promise<void> {
    if (this.next !== undefined) return this.next;
    if (this.current === undefined) return this.startWrite();

    // A failed write must not block later ones; the callers of that write receive its error.
    const next = this.current
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.startWrite();
      });
    this.next = next;
    return next;
  }

  /**
   * Saves within `delayMs`: every call in that window shares one write, which contains
   * all their changes. For records whose loss a rerun repairs, such as the Id of a rule whose
   * ClientToken is already saved.
   */
  saveSoon(delayMs = 200): Promise<void> {
    if (this.delayed !== undefined) return this.delayed;
    const delayed = new Promise<void>((resolve) => setTimeout(resolve, delayMs)).then(() => {
      this.delayed = undefined;
      return this.save();
    });
    this.delayed = delayed;
    return delayed;
  }

  private startWrite(): Promise<void> {
    const write = writeFileAtomic(this.path, serializeLock(this.snapshot()));
    this.current = write;
    const clear = () => {
      if (this.current === write) this.current = undefined;
    };
    write.then(clear, clear);
    return write;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
