import { IdrsCredentialsError } from "../errors.js";
import { type LocalizedText, localize } from "../messages.js";
import { Credentials } from "./credentials.js";
import { parseIni } from "./ini.js";
import {
  isMissingFileError,
  type ReadTextFile,
  type ResolvedCredentials,
  readProblem,
} from "./sources.js";

export type CredentialsFileLookup = ResolvedCredentials | "file-missing" | "profile-missing";

/**
 * Reads a section of the shared INI credentials file (`~/.alibabacloud/credentials` or
 * `ALIBABA_CLOUD_CREDENTIALS_FILE`). Supports `type = access_key` and `type = sts`; a
 * section without `type` but with `access_key_id` is read as `access_key`.
 */
export async function fromCredentialsFile(
  file: string,
  section: string,
  readFile: ReadTextFile,
): Promise<CredentialsFileLookup> {
  let text: string;
  try {
    text = await readFile(file);
  } catch (error) {
    if (isMissingFileError(error)) {
      return "file-missing";
    }
    throw invalidFile(file, readProblem(error));
  }

  const parsed = parseIni(text);
  if ("badLine" in parsed) {
    throw invalidFile(file, localize("problem.iniLine", { line: parsed.badLine }));
  }

  const values = parsed.sections.get(section);
  if (!values) {
    return "profile-missing";
  }

  const type = values.get("type") ?? (values.has("access_key_id") ? "access_key" : "");
  if (type !== "access_key" && type !== "sts") {
    throw new IdrsCredentialsError(
      "UnsupportedCredentialsType",
      localize("credentials.unsupportedType", { profile: section, file, type: type || "(none)" }),
    );
  }

  const field = (name: string): string => {
    const value = values.get(name)?.trim();
    if (value) {
      return value;
    }
    throw new IdrsCredentialsError(
      "MissingProfileField",
      localize("credentials.missingField", { profile: section, file, field: name }),
    );
  };

  const credentials = new Credentials({
    accessKeyId: field("access_key_id"),
    accessKeySecret: field("access_key_secret"),
    securityToken: type === "sts" ? field("security_token") : undefined,
  });
  return { credentials, source: { kind: "credentials-file", file, profile: section } };
}

function invalidFile(file: string, problem: string | LocalizedText): IdrsCredentialsError {
  return new IdrsCredentialsError(
    "InvalidCredentialsFile",
    localize("credentials.invalidFile", { file, problem }),
  );
}
