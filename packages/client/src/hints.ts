import type { MessageKey } from "./messages.js";

/** Codes after which the service may have done the work, and a later try may succeed. */
export const RETRY_WORTHY_CODES: ReadonlySet<string> = new Set([
  "InternalError",
  "InternalServerError",
  "ServiceUnavailable",
  "UnknownError",
]);

/** Returns true for throttling errors: HTTP 400 with a `Throttling*` code, or HTTP 429. */
export function isThrottling(code: string, status: number): boolean {
  return status === 429 || code.startsWith("Throttling");
}

/**
 * Chooses the hint for an error code of the service or its API gateway. Codes are matched
 * case-insensitively because the published tables spell `InvalidTimeStamp` both ways.
 */
export function apiHintKey(code: string, status: number): MessageKey {
  const lower = code.toLowerCase();

  if (lower === "signaturedoesnotmatch" || lower === "incompletesignature") {
    return "hint.signatureMismatch";
  }
  if (lower === "signaturenonceused") {
    return "hint.nonceUsed";
  }
  if (lower === "invalidtimestamp.expired") {
    return "hint.timestampExpired";
  }
  if (lower.startsWith("invalidtimestamp")) {
    return "hint.timestampFormat";
  }
  if (lower === "invalidaccesskeyid.inactive") {
    return "hint.accessKeyInactive";
  }
  if (lower.startsWith("invalidaccesskeyid")) {
    return "hint.accessKeyNotFound";
  }
  if (lower.startsWith("invalidsecuritytoken")) {
    return "hint.securityToken";
  }
  if (
    lower.startsWith("forbidden") ||
    lower === "unauthorized" ||
    lower === "nopermission" ||
    status === 401 ||
    status === 403
  ) {
    return "hint.permission";
  }
  if (isThrottling(code, status)) {
    return "hint.throttling";
  }
  if (lower === "resourcenotfound" || status === 404) {
    return "hint.ruleNotFound";
  }
  if (RETRY_WORTHY_CODES.has(code) || status >= 500) {
    return "hint.serverError";
  }
  if (lower === "invalidrequest" || lower.startsWith("missing") || lower.startsWith("invalid")) {
    return "hint.invalidParameter";
  }
  return "hint.unknownCode";
}
