import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FileSystem, Logger } from "@idrs-rules/core";

/**
 * The engine's file access on Node: URIs are absolute paths. Folders named `node_modules` or
 * starting with a dot (`.git`, editor folders) are not listed, so rules are never read there.
 */
export const nodeFileSystem: FileSystem = {
  readFile: (uri) => readFile(uri, "utf8"),
  readDirectory: async (uri) => {
    const entries = await readdir(uri, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith(".") && entry.name !== "node_modules")
      .map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }));
  },
  joinPath: (base, name) => join(base, name),
};

/**
 * Creates the engine's logger. Warnings and errors go to standard error, debug and info
 * messages only when IDRS_RULES_DEBUG is set, because standard output carries results only.
 */
export function stderrLogger(stderr: NodeJS.WritableStream, env: NodeJS.ProcessEnv): Logger {
  const verbose = Boolean(env.IDRS_RULES_DEBUG);
  return {
    debug: (text) => {
      if (verbose) stderr.write(`debug: ${text}\n`);
    },
    info: (text) => {
      if (verbose) stderr.write(`info: ${text}\n`);
    },
    warn: (text) => stderr.write(`warning: ${text}\n`),
    error: (text) => stderr.write(`error: ${text}\n`),
  };
}
