import type { Credentials } from "./credentials.js";

/** Origin of a set of credentials. It never contains the secret. */
export type CredentialsSource =
  | { kind: "environment" }
  | { kind: "cli-profile"; file: string; profile: string }
  | { kind: "credentials-file"; file: string; profile: string }
  | { kind: "explicit" };

export interface ResolvedCredentials {
  credentials: Credentials;
  source: CredentialsSource;
}

/** Reads a text file; rejects with an error whose `code` is `ENOENT` when it is missing. */
export type ReadTextFile = (path: string) => Promise<string>;

/** Returns true for the errors of a file that does not exist. */
export function isMissingFileError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

/** Describes a read failure in one line, without the stack. */
export function readProblem(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
