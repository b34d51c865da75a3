import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";
import { maxFileBytes } from "../cli/error-reason.js";

/** The outcome of reading one rule file as bytes. */
export type ReadResult =
  | { kind: "text"; text: string; hasBom: boolean }
  /** `validText` is the text before the first invalid byte, to locate it by line and column. */
  | { kind: "invalid-utf8"; byteOffset: number; validText: string }
  | { kind: "unreadable"; errorCode: string; detail: string };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Reads a file as bytes and decodes it as UTF-8. A leading byte order mark stays in the
 * text as U+FEFF, so offsets match the file and the fix that removes it is a plain edit.
 * The parser skips it.
 */
export async function readRuleFile(path: string): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    const handle = await open(path, openFlags);
    try {
      checkSize(await handle.stat());
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    return unreadable(error);
  }
  return decodeRuleFile(bytes);
}

/**
 * Reads a file like `readRuleFile`, synchronously. A command that reads a whole project
 * uses it: one `readFileSync` costs a fraction of the open, stat, read and close promises
 * of `readFile`, and the command has nothing else to do while it waits.
 */
export function readRuleFileSync(path: string): ReadResult {
  const read = readRuleFileBytesSync(path);
  return read instanceof Uint8Array ? decodeRuleFile(read) : read;
}

/**
 * Reads a rule file's bytes like `readRuleFileSync`, without decoding them, for a caller
 * that may not need the text (see `addFiles`). Gives the error result when it cannot.
 */
export function readRuleFileBytesSync(
  path: string,
): Uint8Array | Extract<ReadResult, { kind: "unreadable" }> {
  try {
    const fd = openSync(path, openFlags);
    try {
      const stats = fstatSync(fd);
      checkSize(stats);
      return readAll(fd, stats.size);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Reads a regular file of `size` bytes from its start, without the second `fstat` of
 * `readFileSync(fd)`. A file that grows meanwhile is read up to the size it had, and one
 * that shrinks up to its new end.
 */
function readAll(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const count = readSync(fd, bytes, filled, size - filled, filled);
    if (count === 0) break;
    filled += count;
  }
  return filled === size ? bytes : bytes.subarray(0, filled);
}

/**
 * Opening a pipe for reading waits for a writer, unless it is opened non-blocking; the
 * flag changes nothing for regular files. Windows has no such flag and no such wait.
 */
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Only regular files are read, and only up to `maxFileBytes`: a pipe or a link to
 * `/dev/urandom` would otherwise never end. `ENOTREG` is this module's code, not the system's.
 */
function checkSize(stats: { isFile(): boolean; isDirectory(): boolean; size: number }): void {
  if (stats.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
  if (!stats.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
  if (stats.size > maxFileBytes)
    throw Object.assign(new Error("file too large"), { code: "EFBIG" });
}

function unreadable(error: unknown): Extract<ReadResult, { kind: "unreadable" }> {
  const code = (error as NodeJS.ErrnoException).code ?? "EIO";
  return { kind: "unreadable", errorCode: code, detail: (error as Error).message };
}

export function decodeRuleFile(bytes: Uint8Array): ReadResult {
  // The fatal decoder rejects exactly the bytes `firstInvalidUtf8Byte` finds, so the byte
  // loop runs only for files that are not UTF-8, to say where the first bad byte is.
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const invalidAt = firstInvalidUtf8Byte(bytes) ?? 0;
    return {
      kind: "invalid-utf8",
      byteOffset: invalidAt,
      validText: decoder.decode(bytes.subarray(0, invalidAt)),
    };
  }
  return { kind: "text", text, hasBom: text.charCodeAt(0) === 0xfeff };
}

/**
 * Returns the offset of the first byte that breaks UTF-8 (RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF), or undefined when all bytes are valid.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }

    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return i;

    for (let k = 1; k < length; k++) {
      const byte = bytes[i + k];
      // Only the second byte has the narrowed range; later continuation bytes are 80..BF.
      const min = k === 1 ? low : 0x80;
      const max = k === 1 ? high : 0xbf;
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += length;
  }
  return undefined;
}
