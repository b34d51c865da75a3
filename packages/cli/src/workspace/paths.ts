import { isAbsolute, relative, sep } from "node:path";

/** True when `path` is `folder` or lies below it. */
export function isInside(folder: string, path: string): boolean {
  if (plainChild(folder, path)) return true;
  const difference = relative(folder, path);
  return difference === "" || (!difference.startsWith("..") && !isAbsolute(difference));
}

/**
 * Returns the path shown to the user and written in reports: relative to the current
 * folder with `/` separators when inside it, else absolute.
 */
export function displayPath(cwd: string, path: string): string {
  // A lint run shows every file of the project: most are plainly below the current folder.
  if (plainChild(cwd, path)) return path.slice(cwd.length + 1);
  if (!isInside(cwd, path)) return path;
  return relative(cwd, path).split(sep).join("/");
}

/**
 * True when `path` is `folder` + `/` + a path that `relative` would return unchanged: both
 * absolute POSIX paths without `.` or `..` segments, empty segments or a trailing slash.
 * Any other input (Windows paths included) takes the `relative` path, which normalises.
 */
function plainChild(folder: string, path: string): boolean {
  if (sep !== "/" || folder.length === 0 || folder.charCodeAt(0) !== 0x2f) return false;
  if (path.length <= folder.length + 1 || !path.startsWith(folder)) return false;
  if (path.charCodeAt(folder.length) !== 0x2f || path.endsWith("/")) return false;
  // Below the folder, "/." catches `.` and `..` segments (and names starting with a dot,
  // which is harmless) and "//" empty segments. The folder itself may hold a name starting
  // with a dot, such as a project under `.cache/`.
  return (
    plainFolder(folder) &&
    !path.includes("/.", folder.length) &&
    !path.includes("//", folder.length)
  );
}

/** True for an absolute POSIX folder path without `.` or `..` segments, empty segments or a trailing slash. */
function plainFolder(folder: string): boolean {
  return !folder.endsWith("/") && !folder.includes("//") && !/\/\.\.?(\/|$)/.test(folder);
}
