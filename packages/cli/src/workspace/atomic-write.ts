import { open, realpath, rename, stat, unlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { makeFolders } from "./make-folders.js";

const requireHere = createRequire(import.meta.url);

/**
 * Writes a file so that readers see either the old or the new content, never a partial
 * one: the text goes to a temporary file in the same folder, is flushed to disk, then
 * renamed over the target. Missing parent folders are created. An existing file keeps its
 * permission bits. A symbolic link keeps pointing to its target, which gets the new text.
 * With `exclusive`, an existing target makes the call fail with EEXIST.
 */
export async function writeFileAtomic(
  path: string,
  text: string,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  const mode = await existingMode(path);
  if (options.exclusive && mode !== undefined) {
    throw Object.assign(new Error(`file exists: ${path}`), { code: "EEXIST" });
  }

  // Renaming over a symbolic link would replace the link by a plain file and leave its
  // target with the old text, so the write goes to the file the link points to.
  const target = mode === undefined ? path : await realpath(path);
  await makeFolders(dirname(target));
  // Loaded here: node:crypto takes milliseconds to load, and most lint runs write nothing.
  // `require`, not `import()`: the lint bundle runs as a script, which cannot import.
  const { randomBytes } = requireHere("node:crypto") as typeof import("node:crypto");
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  );
  const handle = await open(temporary, "wx", mode ?? 0o666);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();

  try {
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

async function existingMode(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mode & 0o7777;
  } catch {
    return undefined;
  }
}
