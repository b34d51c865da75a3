import { randomBytes } from "node:crypto";
import { open, readdir, readFile, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { readSnapshot, type StoreSnapshot, serializeSnapshot } from "./data-file.js";
import { EmulatorStartupError } from "./startup-error.js";

/** Test seam: runs after the temporary file is complete and synced, before the rename. */
export interface WriteHooks {
  beforeRename?(tempPath: string): void | Promise<void>;
}

/**
 * Loads the data file. A missing file is an empty store, and so is an empty (0-byte) file.
 * Anything else that cannot be read as a data file is an `EmulatorStartupError` naming the
 * file. The file is left as it is, because it may contain rules that someone wants back.
 */
export async function loadDataFile(path: string): Promise<StoreSnapshot> {
  await requireFolder(path);

  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") {
      return { rules: [], clientTokens: [] };
    }
    throw new EmulatorStartupError("dataFileUnreadable", { file: path, detail: describe(error) });
  }

  if (text.trim() === "") {
    return { rules: [], clientTokens: [] };
  }

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EmulatorStartupError("dataFileInvalidJson", { file: path, detail: describe(error) });
  }

  const snapshot = readSnapshot(parsed);
  if (typeof snapshot === "string") {
    throw new EmulatorStartupError("dataFileInvalidContent", { file: path, detail: snapshot });
  }
  return snapshot;
}

/**
 * Replaces the data file atomically: writes a temporary file in the same folder, syncs it to
 * disk, renames it over the data file and syncs the folder. A crash at any point leaves
 * either the old file or the new one, never a partial file. On failure the temporary file is
 * removed and the error is thrown.
 */
export async function writeDataFile(
  path: string,
  snapshot: StoreSnapshot,
  hooks: WriteHooks = {},
): Promise<void> {
  const tempPath = join(dirname(path), `${tempPrefix(path)}${randomBytes(6).toString("hex")}.tmp`);

  try {
    const handle = await open(tempPath, "wx", 0o644);
    try {
      await handle.writeFile(serializeSnapshot(snapshot), "utf8");
      await handle.sync();
    } finally {
      await handle.close();
    }

    await hooks.beforeRename?.(tempPath);
    await rename(tempPath, path);
  } catch (error) {
    await unlink(tempPath).catch(() => undefined);
    throw error;
  }

  await syncFolder(dirname(path));
}

/**
 * Removes temporary files that a crashed emulator left beside the data file. Their writes
 * were never acknowledged to a client, so the data file contains every confirmed change.
 * Returns the removed paths. Only one emulator may use a data file at a time.
 */
export async function removeStaleTempFiles(path: string): Promise<string[]> {
  const folder = dirname(path);
  const prefix = tempPrefix(path);
  const removed: string[] = [];

  for (const name of await readdir(folder)) {
    if (name.startsWith(prefix) && name.endsWith(".tmp")) {
      const stale = join(folder, name);
      await unlink(stale);
      removed.push(stale);
    }
  }
  return removed;
}

export function tempPrefix(path: string): string {
  return `.${basename(path)}.`;
}

async function requireFolder(path: string): Promise<void> {
  const folder = dirname(path);
  try {
    if ((await stat(folder)).isDirectory()) {
      return;
    }
  } catch {
    // Reported below as a missing folder.
  }
  throw new EmulatorStartupError("dataFolderMissing", { file: path, detail: folder });
}

/** Makes the rename durable. Some platforms cannot open a folder for syncing; skip there. */
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch {
    // NOTE: the rename already happened; only its durability after a power loss is weaker.
  } finally {
    await handle?.close();
  }
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
