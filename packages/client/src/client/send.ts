import { parseServiceResponse, type ServiceResult } from "../http/parse-response.js";
import { buildSignedRequest } from "../http/signed-request.js";
import { TransportError } from "../http/transport.js";
import { IdrsNetworkError } from "../network-errors.js";
import type { ClientContext } from "./context.js";

export interface SentResult extends ServiceResult {
  status: number;
}

/**
 * Sends one signed attempt of an API call and reads its response. Each attempt gets a
 * fresh `SignatureNonce` and `Timestamp`, because the server rejects a reused nonce.
 * Throws `IdrsApiError`, `IdrsResponseError` or `IdrsNetworkError`.
 */
export async function sendOnce(
  context: ClientContext,
  action: string,
  apiParams: Record<string, string>,
  signal: AbortSignal | undefined,
): Promise<SentResult> {
  const credentials = await context.getCredentials();
  const signed = buildSignedRequest({
    action,
    apiParams,
    credentials,
    timestamp: context.now(),
    nonce: context.nonce(),
  });

  const url = new URL(`/?${signed.query}`, context.endpoint);
  const headers = {
    accept: "application/json",
    "content-type": "application/x-www-form-urlencoded",
    "content-length": String(Buffer.byteLength(signed.body)),
    "user-agent": context.userAgent,
    "x-acs-action": action,
    "x-acs-version": "2020-06-30",
  };

  let response: Awaited<ReturnType<ClientContext["transport"]>>;
  try {
    response = await context.transport({
      url,
      method: "POST",
      headers,
      body: signed.body,
      timeoutMs: context.timeoutMs,
      signal,
    });
  } catch (error) {
    throw toNetworkError(error, action, context);
  }

  const result = parseServiceResponse(action, context.endpointLabel, response);
  context.log("debug", "log.response", {
    action,
    status: response.status,
    requestId: result.requestId ?? "-",
  });
  return { ...result, status: response.status };
}

function toNetworkError(error: unknown, action: string, context: ClientContext): IdrsNetworkError {
  const common = { action, endpoint: context.endpointLabel, timeoutMs: context.timeoutMs };

  if (error instanceof TransportError) {
    return new IdrsNetworkError({
      ...common,
      kind: error.kind,
      reason: error.reason,
      requestSent: error.requestSent,
      cause: error,
    });
  }

  // An injected transport failed in its own way, so whether the request left is unknown.
  const reason = error instanceof Error ? error.message : String(error);
  return new IdrsNetworkError({
    ...common,
    kind: "connection",
    reason,
    requestSent: true,
    cause: error,
  });
}
