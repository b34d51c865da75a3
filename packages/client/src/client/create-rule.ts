import { IdrsError } from "../errors.js";
import { IdrsNetworkError } from "../network-errors.js";
import { toRuleRecord } from "../rules/normalize.js";
import type { CallOptions, CreateRuleInput, RuleRecord } from "../rules/types.js";
import type { ClientContext } from "./context.js";
import { classifyFailure, waitBeforeRetry } from "./retry.js";
import { sendOnce } from "./send.js";

/**
 * Creates a rule without ever creating it twice.
 *
 * CreateRule is not idempotent by itself, so it is never retried blindly:
 * - Every attempt carries the same `ClientToken` (the caller's, or one generated here), the
 *   service's idempotency token for this API.
 * - A failure that proves the server did nothing (throttling, connection refused) is
 *   retried after the backoff.
 * - After a failure that leaves the outcome open (timeout, dropped connection, 5xx or a
 *   garbled 2xx body), the client waits the backoff, then lists all rules and looks for
 *   one with the same name and content. If it exists, the earlier attempt worked and that
 *   rule is returned; only if it does not is CreateRule sent again, with the same token.
 * - If that lookup itself fails, the original error is thrown with `outcomeUnknown` set,
 *   and nothing is sent again.
 *
 * NOTE: the lookup cannot see a request the server is still processing; the repeated
 * `ClientToken` is what covers that window. It also returns a rule with the same name and
 * content that existed before the call, which is the rule the caller asked for either way.
 */
export async function createRuleOnce(
  context: ClientContext,
  input: CreateRuleInput,
  listAll: (options: CallOptions) => Promise<RuleRecord[]>,
  options: CallOptions,
): Promise<RuleRecord> {
  const params = {
    Name: input.name,
    Content: input.content,
    ClientToken: input.clientToken ?? context.nonce(),
  };
  let sawUnclear = false;

  for (let retry = 0; ; retry++) {
    context.log("debug", "log.request", {
      action: "CreateRule",
      attempt: retry + 1,
      attempts: context.maxRetries + 1,
      endpoint: context.endpointLabel,
    });

    try {
      const result = await sendOnce(context, "CreateRule", params, options.signal);
      const origin = {
        action: "CreateRule",
        endpoint: context.endpointLabel,
        status: result.status,
      };
      return toRuleRecord(result.data, origin);
    } catch (error) {
      const failure = classifyFailure(error);
      // A call cancelled after its request left is fatal but may still have created the rule.
      const cancelledAfterSending = error instanceof IdrsNetworkError && error.requestSent;
      sawUnclear ||= failure === "unclear" || cancelledAfterSending;

      if (failure === "fatal") {
        throw markOutcome(error, input.name, sawUnclear);
      }

      if (failure === "unclear") {
        // Give the server the backoff to finish, then check before anything is resent.
        try {
          await waitBeforeRetry(context, "CreateRule", error, retry, options.signal);
        } catch (waitError) {
          throw markOutcome(waitError, input.name, true);
        }
        const existing = await findCreatedRule(context, input, error, listAll, options);
        if (existing) {
          return existing;
        }
        if (retry >= context.maxRetries) {
          throw error;
        }
        continue;
      }

      if (retry >= context.maxRetries) {
        throw markOutcome(error, input.name, sawUnclear);
      }
      await waitBeforeRetry(context, "CreateRule", error, retry, options.signal);
    }
  }
}

/** Lists the rules and returns the newest one equal to `input`, or undefined. */
async function findCreatedRule(
  context: ClientContext,
  input: CreateRuleInput,
  failure: unknown,
  listAll: (options: CallOptions) => Promise<RuleRecord[]>,
  options: CallOptions,
): Promise<RuleRecord | undefined> {
  const code = String((failure as { code?: unknown }).code ?? "error");
  context.log("info", "log.lookup", { code, name: input.name });

  let rules: RuleRecord[];
  try {
    rules = await listAll(options);
  } catch (lookupError) {
    const lookupCode = String((lookupError as { code?: unknown }).code ?? "error");
    context.log("error", "log.lookupFailed", { name: input.name, code: lookupCode });
    throw markOutcome(failure, input.name, true);
  }

  const matches = rules.filter(
    (rule) => rule.name === input.name && sameContent(rule.content, input.content),
  );
  const newest = matches.sort((a, b) => (b.createdAt ?? "").localeCompare(a.createdAt ?? ""))[0];

  if (newest) {
    context.log("info", "log.lookupFound", { name: input.name, id: newest.id });
  } else {
    context.log("info", "log.lookupMissing", { name: input.name });
  }
  return newest;
}

/**
 * Compares rule contents as the service may return them: the same text, or the same JSON
 * value written with other whitespace. Key order is kept, so it still has to match.
 */
export function sameContent(stored: string, sent: string): boolean {
  if (stored === sent) {
    return true;
  }
  try {
    return JSON.stringify(JSON.parse(stored)) === JSON.stringify(JSON.parse(sent));
  } catch {
    return false;
  }
}

function markOutcome(error: unknown, name: string, unknown: boolean): unknown {
  if (unknown && error instanceof IdrsError) {
    error.outcomeUnknown = true;
    error.ruleName = name;
  }
  return error;
}
