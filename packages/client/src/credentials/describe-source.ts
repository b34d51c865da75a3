import { formatMessage, type Locale } from "../messages.js";
import { maskAccessKeyId } from "./credentials.js";
import type { ResolvedCredentials } from "./sources.js";

/**
 * Renders one line naming where the credentials came from, for `--debug` output. It shows
 * the masked AccessKey ID and never the secret or the STS token.
 */
export function describeCredentialsSource(resolved: ResolvedCredentials, locale: Locale): string {
  const { credentials, source } = resolved;
  const accessKeyId = maskAccessKeyId(credentials.accessKeyId);

  let line: string;
  switch (source.kind) {
    case "environment":
      line = formatMessage(locale, "credentials.source.environment", { accessKeyId });
      break;
    case "cli-profile":
      line = formatMessage(locale, "credentials.source.cliProfile", { accessKeyId, ...source });
      break;
    case "credentials-file":
      line = formatMessage(locale, "credentials.source.credentialsFile", {
        accessKeyId,
        ...source,
      });
      break;
    case "explicit":
      line = formatMessage(locale, "credentials.source.explicit", { accessKeyId });
      break;
  }

  if (credentials.getSecurityToken()) {
    const separator = locale === "en" ? " " : "";
    line = `${line}${separator}${formatMessage(locale, "credentials.sts")}`;
  }
  return line;
}
