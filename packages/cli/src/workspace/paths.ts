import { isAbsolute, relative, sep } from "node:path";

/** True when `path` is `folder` or lies below it. */
export function isInside(folder: string, path: string): boolean {
  const difference = relative(folder, path);
  return difference === "" || (!difference.startsWith("..") && !isAbsolute(difference));
}

/**
 * Returns the path shown to the user and written in reports: relative to the current
 * folder with `/` separators when inside it, else absolute.
 */
export function displayPath(cwd: string, path: string): string {
  if (!isInside(cwd, path)) return path;
  return relative(cwd, path).split(sep).join("/");
}
