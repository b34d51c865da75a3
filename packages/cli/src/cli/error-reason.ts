import type { Locale } from "@idrs-rules/core";
import { type CliMessageKey, message } from "../i18n/index.js";

/** Largest rule or configuration file read, in bytes; a bigger one is not a rule. */
export const maxFileBytes = 16 * 1024 * 1024;

/** System error codes with a sentence of their own; others are shown as "system error CODE". */
const explained = new Set([
  "EACCES",
  "EPERM",
  "EISDIR",
  "ENOENT",
  "ENOTDIR",
  "EEXIST",
  "EROFS",
  "ENOSPC",
  "ELOOP",
  "EFBIG",
  // Not a system code: read-file.ts uses it for pipes, sockets and devices.
  "ENOTREG",
]);

/** Turns a system error code (`ENOENT`) into a plain sentence in the user's language. */
export function reasonText(errorCode: string, locale: Locale): string {
  if (explained.has(errorCode))
    return message(locale, `reason.${errorCode}` as CliMessageKey, { limit: "16 MiB" });
  return message(locale, "reason.other", { code: errorCode });
}

/**
 * Explains why a file write failed: its code as a sentence, or else its message. ENOENT
 * on a write means that a folder of the path is missing and could not be created.
 */
export function errorReason(error: unknown, locale: Locale): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return message(locale, "reason.ENOENT.write");
  if (typeof code === "string") return reasonText(code, locale);
  return error instanceof Error ? error.message : String(error);
}
