import { realpathSync } from "node:fs";

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
 * Keeps the first of the items that lead to the same file, so a file reached through a
 * symbolic link and through its own name is read and reported once.
 */
export function uniqueByRealPath<T>(items: readonly T[], pathOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const real = realPathOf(pathOf(item));
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}
