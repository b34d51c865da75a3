import { IdrsCredentialsError } from "../errors.js";
import { type LocalizedText, localize } from "../messages.js";
import { Credentials } from "./credentials.js";
import {
  isMissingFileError,
  type ReadTextFile,
  type ResolvedCredentials,
  readProblem,
} from "./sources.js";

/** One entry of `profiles` in the vendor CLI's `config.json`; only the fields used here. */
interface CliProfile {
  name?: unknown;
  mode?: unknown;
  access_key_id?: unknown;
  access_key_secret?: unknown;
  sts_token?: unknown;
}

export type CliConfigLookup = ResolvedCredentials | "file-missing" | "profile-missing";

/**
 * Reads a profile of the vendor CLI's `~/.aliyun/config.json`. The profile is `name` when
 * the caller or `ALIBABA_CLOUD_PROFILE` chose one, else the file's `current`, else
 * `default`. Only the modes `AK` and `StsToken` are supported, because the other modes
 * (RamRoleArn, EcsRamRole and so on) need calls to STS or to the instance metadata address.
 */
export async function fromCliConfig(
  file: string,
  name: string | undefined,
  readFile: ReadTextFile,
): Promise<CliConfigLookup> {
  let text: string;
  try {
    text = await readFile(file);
  } catch (error) {
    if (isMissingFileError(error)) {
      return "file-missing";
    }
    throw invalidFile(file, readProblem(error));
  }

  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the mistake, which may be a secret.
    throw invalidFile(file, localize("problem.invalidJson"));
  }
  if (typeof config !== "object" || config === null) {
    throw invalidFile(file, localize("problem.notJsonObject"));
  }

  const { current, profiles } = config as { current?: unknown; profiles?: unknown };
  const profileName = name ?? (typeof current === "string" && current ? current : "default");
  const list = Array.isArray(profiles) ? (profiles as CliProfile[]) : [];
  const profile = list.find((entry) => entry?.name === profileName);
  if (!profile) {
    return "profile-missing";
  }

  return {
    credentials: readProfile(profile, profileName, file),
    source: { kind: "cli-profile", file, profile: profileName },
  };
}

function readProfile(profile: CliProfile, name: string, file: string): Credentials {
  const mode = typeof profile.mode === "string" ? profile.mode : "";
  if (mode !== "AK" && mode !== "StsToken" && mode !== "") {
    throw new IdrsCredentialsError(
      "UnsupportedProfileMode",
      localize("credentials.unsupportedMode", { profile: name, file, mode }),
    );
  }

  const accessKeyId = requireField(profile, "access_key_id", name, file);
  const accessKeySecret = requireField(profile, "access_key_secret", name, file);
  const securityToken =
    mode === "StsToken" ? requireField(profile, "sts_token", name, file) : undefined;

  return new Credentials({ accessKeyId, accessKeySecret, securityToken });
}

function requireField(
  profile: CliProfile,
  field: "access_key_id" | "access_key_secret" | "sts_token",
  name: string,
  file: string,
): string {
  const value = profile[field];
  if (typeof value === "string" && value.trim() !== "") {
    return value.trim();
  }
  throw new IdrsCredentialsError(
    "MissingProfileField",
    localize("credentials.missingField", { profile: name, file, field }),
  );
}

function invalidFile(file: string, problem: string | LocalizedText): IdrsCredentialsError {
  return new IdrsCredentialsError(
    "InvalidCredentialsFile",
    localize("credentials.invalidFile", { file, problem }),
  );
}
