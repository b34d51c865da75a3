import { type CancellationToken, throwIfCancelled } from "../cancellation.js";
import type { Logger } from "../logger.js";
import { isRuleFileName } from "./documents.js";
import type { FileSystem } from "./types.js";

/** Orders strings by UTF-16 code units, the same on every host and locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Folders never searched: dependencies and hidden folders (`.git`, `.vscode`, ...). */
function isSkippedFolder(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

/**
 * Lists the rule files under a folder, depth first, entries sorted by name so every host
 * loads the same files in the same order. A sub-folder that cannot be listed is logged and
 * skipped; a failure to list the root folder itself is passed to the caller.
 */
export async function findRuleFiles(
  fileSystem: FileSystem,
  root: string,
  logger: Logger,
  token: CancellationToken | undefined,
): Promise<string[]> {
  const files: string[] = [];
  const walk = async (folder: string, isRoot: boolean): Promise<void> => {
    throwIfCancelled(token);
    let entries: Array<{ name: string; isDirectory: boolean }>;
    try {
      entries = await fileSystem.readDirectory(folder);
    } catch (error) {
      if (isRoot) throw error;
      logger.warn(
        `cannot list folder ${folder}, skipped: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }

    const sorted = [...entries].sort((a, b) => compareText(a.name, b.name));
    for (const entry of sorted) {
      const path = fileSystem.joinPath(folder, entry.name);
      if (entry.isDirectory) {
        if (!isSkippedFolder(entry.name)) await walk(path, false);
      } else if (isRuleFileName(entry.name)) {
        files.push(path);
      }
    }
  };
  await walk(root, true);
  return files;
}
