import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FileSystem } from "../../../packages/core/src/services/types.js";

/** The `FileSystem` a Node host injects, over real files; paths are the URIs. */
export const nodeFileSystem: FileSystem = {
  readFile: (uri) => readFile(uri, "utf8"),
  readDirectory: async (uri) =>
    (await readdir(uri, { withFileTypes: true })).map((entry) => ({
      name: entry.name,
      isDirectory: entry.isDirectory(),
    })),
  joinPath: (base, name) => join(base, name),
};
