import { IdrsApiError } from "../errors.js";
import { isThrottling, RETRY_WORTHY_CODES } from "../hints.js";
import { IdrsNetworkError, IdrsResponseError } from "../network-errors.js";
import type { ClientContext } from "./context.js";

/**
 * Retry class of a failed attempt:
 * - `fatal`: retrying cannot help (bad signature, missing rule, cancelled call);
 * - `not-processed`: the server certainly did nothing (throttled, or no connection made);
 * - `unclear`: the server may have done the work (timeout, dropped connection, 5xx).
 */
export type FailureClass = "fatal" | "not-processed" | "unclear";

export function classifyFailure(error: unknown): FailureClass {
  if (error instanceof IdrsApiError) {
    if (isThrottling(error.code, error.status)) {
      return "not-processed";
    }
    if (error.status >= 500 || RETRY_WORTHY_CODES.has(error.code)) {
      return "unclear";
    }
    return "fatal";
  }

  if (error instanceof IdrsNetworkError) {
    if (error.kind === "aborted") {
      return "fatal";
    }
    return error.requestSent ? "unclear" : "not-processed";
  }

  if (error instanceof IdrsResponseError) {
    // A gateway page with a 5xx status, or a 2xx body cut short: the call may have run.
    return error.status >= 500 || (error.status >= 200 && error.status < 300) ? "unclear" : "fatal";
  }
  return "fatal";
}

/**
 * Backoff before retry number `retry` (0 for the first retry), with full jitter: a random
 * wait between 0 and min(max, base * 2^retry), so clients that failed together spread out.
 */
export function backoffDelay(context: ClientContext, retry: number): number {
  const cap = Math.min(context.retryMaxDelayMs, context.retryBaseDelayMs * 2 ** retry);
  return Math.floor(context.random() * cap);
}

/** Waits before retry number `retry` and logs why. */
export async function waitBeforeRetry(
  context: ClientContext,
  action: string,
  error: unknown,
  retry: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  const delayMs = backoffDelay(context, retry);
  const code = (error as { code?: unknown }).code;
  context.log("warn", "log.retry", { action, code: String(code ?? "error"), delayMs });

  try {
    await context.sleep(delayMs, signal);
  } catch (sleepError) {
    if (!signal?.aborted) {
      throw sleepError;
    }
    throw new IdrsNetworkError({
      action,
      endpoint: context.endpointLabel,
      kind: "aborted",
      timeoutMs: context.timeoutMs,
      reason: "the call was cancelled while waiting to retry",
      requestSent: false,
      cause: sleepError,
    });
  }
}

/**
 * Runs an idempotent call (GetRule, ListRules, UpdateRule, DeleteRule) with bounded
 * retries. Repeating these is harmless, so every retry-worthy failure is retried,
 * including timeouts and dropped connections after the request was sent.
 */
export async function withRetries<T>(
  context: ClientContext,
  action: string,
  attempt: () => Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T> {
  let sawUnclear = false;

  for (let retry = 0; ; retry++) {
    context.log("debug", "log.request", {
      action,
      attempt: retry + 1,
      attempts: context.maxRetries + 1,
      endpoint: context.endpointLabel,
    });

    try {
      return await attempt();
    } catch (error) {
      const failure = classifyFailure(error);
      if (failure === "fatal" || retry >= context.maxRetries) {
        if (sawUnclear && error instanceof IdrsApiError) {
          error.previousAttemptUnclear = true;
        }
        throw error;
      }

      sawUnclear ||= failure === "unclear";
      await waitBeforeRetry(context, action, error, retry, signal);
    }
  }
}
