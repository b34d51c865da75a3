import { readFile as readFileFromDisk } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { IdrsCredentialsError } from "../errors.js";
import { localize } from "../messages.js";
import { fromCliConfig } from "./cli-config.js";
import { fromCredentialsFile } from "./credentials-file.js";
import { fromEnvironment } from "./environment.js";
import type { ReadTextFile, ResolvedCredentials } from "./sources.js";

export interface ResolveCredentialsOptions {
  /** Profile chosen by the user (for example `--profile`); skips the environment variables. */
  profile?: string | undefined;
  /** Environment variables; defaults to `process.env`. */
  env?: Record<string, string | undefined>;
  /** Home folder holding `.aliyun` and `.alibabacloud`; defaults to `os.homedir()`. */
  homeDir?: string;
  /** Reads a UTF-8 file; defaults to `fs.promises.readFile`. */
  readFile?: ReadTextFile;
}

/**
 * Finds an AccessKey the way the vendor's tools do, minus the instance metadata service,
 * which a desktop or CI tool must never contact on its own:
 * 1. `ALIBABA_CLOUD_ACCESS_KEY_ID` / `_SECRET` / `ALIBABA_CLOUD_SECURITY_TOKEN`, unless a
 *    profile was chosen explicitly;
 * 2. a profile of `~/.aliyun/config.json` (explicit name, `ALIBABA_CLOUD_PROFILE`, then
 *    the file's `current`);
 * 3. a section of `ALIBABA_CLOUD_CREDENTIALS_FILE` or `~/.alibabacloud/credentials`
 *    (explicit name, `ALIBABA_CLOUD_PROFILE`, then `default`).
 * Returns the credentials and where they were found; throws `IdrsCredentialsError`.
 */
export async function resolveCredentials(
  options: ResolveCredentialsOptions = {},
): Promise<ResolvedCredentials> {
  const env = options.env ?? process.env;
  const home = options.homeDir ?? homedir();
  const readFile = options.readFile ?? ((path: string) => readFileFromDisk(path, "utf8"));
  const explicitProfile = options.profile?.trim() || undefined;
  const chosenProfile = explicitProfile ?? (env.ALIBABA_CLOUD_PROFILE?.trim() || undefined);

  if (!explicitProfile) {
    const fromEnv = fromEnvironment(env);
    if (fromEnv) {
      return fromEnv;
    }
  }

  const cliConfigFile = join(home, ".aliyun", "config.json");
  const cliLookup = await fromCliConfig(cliConfigFile, chosenProfile, readFile);
  if (typeof cliLookup === "object") {
    return cliLookup;
  }

  const iniFile = credentialsFilePath(env, home);
  const iniLookup = await fromCredentialsFile(iniFile, chosenProfile ?? "default", readFile);
  if (typeof iniLookup === "object") {
    return iniLookup;
  }
  if (iniLookup === "file-missing" && env.ALIBABA_CLOUD_CREDENTIALS_FILE?.trim()) {
    throw new IdrsCredentialsError(
      "CredentialsFileNotFound",
      localize("credentials.fileNotFound", { file: iniFile }),
    );
  }

  const searched = [cliConfigFile, iniFile].join(", ");
  if (chosenProfile) {
    throw new IdrsCredentialsError(
      "ProfileNotFound",
      localize("credentials.profileNotFound", { profile: chosenProfile, searched }),
    );
  }
  throw new IdrsCredentialsError(
    "CredentialsNotFound",
    localize("credentials.notFound", { searched: `ALIBABA_CLOUD_ACCESS_KEY_ID, ${searched}` }),
  );
}

/** `ALIBABA_CLOUD_CREDENTIALS_FILE` with a leading `~/` expanded, else the default path. */
function credentialsFilePath(env: Record<string, string | undefined>, home: string): string {
  const configured = env.ALIBABA_CLOUD_CREDENTIALS_FILE?.trim();
  if (!configured) {
    return join(home, ".alibabacloud", "credentials");
  }
  return configured.startsWith("~/") ? join(home, configured.slice(2)) : configured;
}
