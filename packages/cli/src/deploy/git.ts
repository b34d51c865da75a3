import { execFile } from "node:child_process";
import { userInfo } from "node:os";

/** The git facts an audit record names; each is undefined outside a git repository. */
export interface GitFacts {
  commit: string | undefined;
  /** True when tracked or untracked files differ from `commit`. */
  dirty: boolean | undefined;
}

/**
 * Reads the commit and whether the working tree differs from it. `ignoredPaths` (the audit
 * log and the lock file, which apply itself writes) do not count as changes, or every
 * apply after the first would record a dirty tree.
 */
export async function readGitFacts(
  cwd: string,
  ignoredPaths: readonly string[] = [],
): Promise<GitFacts> {
  const commit = await runGit(cwd, ["rev-parse", "HEAD"]);
  if (commit === undefined) return { commit, dirty: undefined };

  // `:/` is the whole working tree; git resolves absolute paths in pathspecs itself.
  const specs = [":/", ...ignoredPaths.map((path) => `:(exclude)${path}`)];
  // A path outside the working tree makes git reject the pathspecs; it cannot dirty it anyway.
  const status =
    (await runGit(cwd, ["status", "--porcelain", "--", ...specs])) ??
    (await runGit(cwd, ["status", "--porcelain"]));
  return { commit, dirty: status === undefined ? undefined : status !== "" };
}

/**
 * Names who ran the apply: `IDRS_AUDIT_USER` (CI jobs set it to the pipeline's actor), else
 * git's `user.email`, else the operating system user.
 */
export async function auditUser(cwd: string, env: NodeJS.ProcessEnv): Promise<string> {
  if (env.IDRS_AUDIT_USER) return env.IDRS_AUDIT_USER;

  const email = await runGit(cwd, ["config", "user.email"]);
  if (email) return email;

  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

/** Runs git and returns its trimmed output, or undefined when git is missing or fails. */
function runGit(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile("git", args, { cwd, timeout: 10_000, windowsHide: true }, (error, stdout) => {
      resolve(error ? undefined : stdout.trim());
    });
  });
}
