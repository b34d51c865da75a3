import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FileSystem } from "@idrs-rules/core";

/**
 * The engine's file access over `node:fs`, with absolute paths as URIs. Folders named
 * `node_modules` or starting with a dot (`.git`, editor folders) are not listed, so rules
 * are never read from them.
 */
export const nodeFileSystem: FileSystem = {
  readFile: (uri) => readFile(uri, "utf8"),

  async readDirectory(uri) {
    const entries = await readdir(uri, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules")
      .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  },

  joinPath: (base, name) => join(base, name),
};
