import { lstatSync, realpathSync } from "node:fs";
import { basename, dirname, sep } from "node:path";

/**
 * Returns the real path of a file: symbolic links resolved, as the system would open it.
 * A path that cannot be resolved (a broken link) stands for itself.
 */
export function realPathOf(path: string): string {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
}

/**
 * Real paths for one command run. A lint run needs the real path of every file of the
 * project twice (to drop duplicate targets, then to read each file once), and `realpath`
 * checks every folder of the path again each time. Here each folder is resolved once, and
 * a file that is not itself a link costs one `lstat`. Create one per run: the cache does
 * not notice links created or removed after a path was resolved.
 */
export class RealPaths {
  private readonly files = new Map<string, string>();
  private readonly folders = new Map<string, string>();
  private readonly regularFiles = new Set<string>();

  /**
   * Records that the folder walk found `path` as a regular file, not a link: its real path
   * then needs no `lstat`.
   */
  noteRegularFile(path: string): void {
    this.regularFiles.add(path);
  }

  of(path: string): string {
    let real = this.files.get(path);
    if (real === undefined) {
      real = this.resolve(path);
      this.files.set(path, real);
    }
    return real;
  }

  private resolve(path: string): string {
    if (!this.regularFiles.has(path)) {
      const stats = lstatSync(path, { throwIfNoEntry: false });
      // A missing entry or a link: `realpath` itself, with its handling of broken links.
      if (stats === undefined || stats.isSymbolicLink()) return realPathOf(path);
    }
    const folder = dirname(path);
    // The root folder is its own parent.
    if (folder === path) return realPathOf(path);
    // Both parts are already normal, so they are appended without `join`'s normalisation.
    const realFolder = this.folder(folder);
    const name = basename(path);
    return realFolder.endsWith(sep) ? realFolder + name : realFolder + sep + name;
  }

  private folder(path: string): string {
    let real = this.folders.get(path);
    if (real === undefined) {
      real = realPathOf(path);
      this.folders.set(path, real);
    }
    return real;
  }
}

/**
 * Keeps the first of the items that lead to the same file, so a file reached through a
 * symbolic link and through its own name is read and reported once.
 */
export function uniqueByRealPath<T>(
  items: readonly T[],
  pathOf: (item: T) => string,
  realPaths: RealPaths = new RealPaths(),
): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const real = realPaths.of(pathOf(item));
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
