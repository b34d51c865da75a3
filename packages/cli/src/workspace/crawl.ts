import { type Dirent, readdirSync } from "node:fs";
import { sep } from "node:path";

/**
 * The entries of each folder read during one command run, so that the walk for targets
 * and the search for project files read every folder once.
 */
export class FolderEntries {
  private readonly byFolder = new Map<string, Dirent[]>();

  /** Entries of `folder`, which must be absolute and normalised; none when it cannot be read. */
  read(folder: string): Dirent[] {
    let entries = this.byFolder.get(folder);
    if (entries === undefined) {
      try {
        // Synchronous: a project has many small folders, and each asynchronous read would
        // be a round trip through the thread pool.
        entries = readdirSync(folder, { withFileTypes: true });
      } catch {
        entries = [];
      }
      this.byFolder.set(folder, entries);
    }
    return entries;
  }
}

/** Appends a name to an absolute, normalised folder path without `join`'s normalisation. */
export function childPath(folder: string, name: string): string {
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/**
 * Lists the files under `root` whose names end in one of `extensions`, skipping entries
 * whose name starts with a dot and folders named `node_modules`. In a tree of plain folders
 * and regular files, that is what tinyglobby finds for `**\/*EXT` with `node_modules` ignored.
 * Returns undefined as soon as the tree contains anything else (a symbolic link, a pipe),
 * because only tinyglobby defines how those are found. The caller then runs tinyglobby.
 */
export function plainFilesUnder(
  root: string,
  extensions: readonly string[],
  folders: FolderEntries,
): string[] | undefined {
  const found: string[] = [];
  // A work list instead of recursion: folders may nest deeper than the call stack allows.
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of folders.read(folder)) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      if (entry.isDirectory()) {
        if (name !== "node_modules") pending.push(childPath(folder, name));
      } else if (entry.isFile()) {
        if (extensions.some((extension) => name.endsWith(extension)))
          found.push(childPath(folder, name));
      } else {
        return undefined;
      }
    }
  }
  return found;
}
