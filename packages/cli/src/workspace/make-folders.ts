import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Creates `folder` and its missing parents, one level at a time.
 *
 * `mkdir(path, { recursive: true })` of Node handles an ENOENT by creating the parent and
 * trying again. In a file system that refuses new entries with ENOENT although the parent
 * exists (`/proc/nope`), it retries forever. Here each level is created once, so such a
 * refusal is an error. An existing file where a folder should be is ENOTDIR, naming it,
 * instead of the EEXIST that `recursive` gives.
 */
export async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = [];
  let current = folder;
  for (;;) {
    const stats = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (stats?.isDirectory()) break;
    if (stats !== undefined) throw notAFolder(current);

    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }

  for (const path of missing.reverse()) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      // Another process may have created it meanwhile; a file there is still an error.
      if (error.code !== "EEXIST") throw error;
      return stat(path).then((stats) => {
        if (!stats.isDirectory()) throw notAFolder(path);
      });
    });
  }
}

function notAFolder(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`not a folder: ${path}`), { code: "ENOTDIR", path });
}
