import { IdrsCredentialsError } from "../errors.js";
import { localize } from "../messages.js";
import { Credentials } from "./credentials.js";
import type { ResolvedCredentials } from "./sources.js";

const ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
const SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
const TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

/**
 * Reads the AccessKey from the environment. Returns undefined when neither variable is set,
 * and throws when only one of them is, because a half-set pair is a mistake to report
 * rather than a reason to fall back to a profile silently.
 */
export function fromEnvironment(
  env: Record<string, string | undefined>,
): ResolvedCredentials | undefined {
  const accessKeyId = env[ID]?.trim();
  const accessKeySecret = env[SECRET]?.trim();

  if (!accessKeyId && !accessKeySecret) {
    return undefined;
  }
  if (!accessKeyId || !accessKeySecret) {
    const present = accessKeyId ? ID : SECRET;
    const missing = accessKeyId ? SECRET : ID;
    throw new IdrsCredentialsError(
      "EnvironmentIncomplete",
      localize("credentials.environmentIncomplete", { present, missing }),
    );
  }

  const securityToken = env[TOKEN]?.trim() || undefined;
  return {
    credentials: new Credentials({ accessKeyId, accessKeySecret, securityToken }),
    source: { kind: "environment" },
  };
}
