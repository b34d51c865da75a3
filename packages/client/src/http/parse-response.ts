import { IdrsApiError } from "../errors.js";
import { localize, type MessageKey } from "../messages.js";
import { IdrsResponseError } from "../network-errors.js";
import type { HttpResponse } from "./transport.js";

export interface ServiceResult {
  /** The `Data` member of the body, not yet checked. */
  data: unknown;
  requestId: string | undefined;
}

const SUCCESS_CODES = new Set(["ok", "success", "200"]);

/**
 * Reads the body `{RequestId, Code, Message, Data}` of a response. Throws `IdrsApiError`
 * for an error status or a `Code` other than OK, and `IdrsResponseError` when the body
 * is not the service's JSON (a proxy page, a cut connection, an HTML error).
 */
export function parseServiceResponse(
  action: string,
  endpoint: string,
  response: HttpResponse,
): ServiceResult {
  const fail = (problem: MessageKey) =>
    new IdrsResponseError({
      action,
      endpoint,
      status: response.status,
      problem: localize(problem),
      bodyPreview: response.body.slice(0, 200),
    });

  if (response.truncated) {
    throw fail("problem.truncated");
  }

  let body: unknown;
  try {
    body = JSON.parse(response.body);
  } catch {
    throw fail(response.body.trim() === "" ? "problem.emptyBody" : "problem.notJson");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw fail("problem.notObject");
  }

  const fields = body as Record<string, unknown>;
  const code = textOf(fields.Code);
  const requestId = textOf(fields.RequestId) || undefined;
  const succeeded = response.status >= 200 && response.status < 300;

  if (succeeded && (code === "" || SUCCESS_CODES.has(code.toLowerCase()))) {
    return { data: fields.Data, requestId };
  }

  throw new IdrsApiError({
    action,
    status: response.status,
    code: code || `Http${response.status}`,
    serverMessage: textOf(fields.Message),
    requestId,
    hostId: textOf(fields.HostId) || undefined,
    recommend: textOf(fields.Recommend) || undefined,
  });
}

/** Reads a scalar field as text; the service sends some numbers as strings and some not. */
export function textOf(value: unknown): string {
  if (typeof value === "string") {
    return value;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  return "";
}
