import { AsyncLocalStorage } from "node:async_hooks";
import {
  type ClientLogger,
  type Credentials,
  type CredentialsInit,
  createRuleClient,
  describeApiError,
  type HttpTransport,
  IdrsApiError,
  IdrsError,
  nodeHttpTransport,
  type RuleRecord,
} from "@idrs-rules/client";
import type { Locale } from "@idrs-rules/core";
import type { RemoteErrorInfo, RemoteResult, RemoteRules } from "./remote.js";
import type { RemoteRule } from "./types.js";

export interface ClientRemoteOptions {
  endpoint: string;
  credentials: Credentials | CredentialsInit;
  locale: Locale;
  /** Retries of the client; tests set 0 to see each injected fault. */
  maxRetries?: number;
  logger?: ClientLogger;
  /** Sends HTTP requests; defaults to the client's `node:http(s)` transport. */
  transport?: HttpTransport;
}

/** The RequestId of the response to one API call, filled in by the transport below. */
interface CallRecord {
  action: string;
  requestId?: string;
  /** True once a 2xx response of the call's own action arrived. */
  answered?: boolean;
}

/**
 * Adapts `@idrs-rules/client` to `RemoteRules`. The client returns rules without their
 * RequestId, which the audit log needs, so the transport reads it from each response
 * and stores it in the async context of the call that sent the request.
 */
export function createClientRemote(options: ClientRemoteOptions): RemoteRules {
  const calls = new AsyncLocalStorage<CallRecord>();
  const baseTransport = options.transport ?? nodeHttpTransport;
  const transport: HttpTransport = async (request) => {
    const response = await baseTransport(request);
    const call = calls.getStore();
    // A create may list rules to check an unclear attempt; only the response to its own action counts.
    if (call !== undefined && request.headers["x-acs-action"] === call.action) {
      call.requestId = readRequestId(response.body) ?? call.requestId;
      if (response.status >= 200 && response.status < 300) call.answered = true;
    }
    return response;
  };

  const client = createRuleClient({
    endpoint: options.endpoint,
    credentials: options.credentials,
    maxRetries: options.maxRetries,
    logger: options.logger,
    locale: options.locale,
    transport,
  });

  const tracked = async (action: string, send: () => Promise<RuleRecord | undefined>) => {
    const call: CallRecord = { action };
    const rule = await calls.run(call, send);
    return { rule, requestId: call.requestId, answered: call.answered === true };
  };

  return {
    async listAll() {
      return (await client.listAllRules()).map(toRemoteRule);
    },

    async create(rule) {
      const result = await tracked("CreateRule", () => client.createRule(rule));
      // The client returns a rule without a CreateRule response only when its lookup found it.
      return { ...withRule(result), foundByLookup: !result.answered };
    },

    async update(rule) {
      const result = await tracked("UpdateRule", () => client.updateRule(rule));
      return withRule(result);
    },

    async delete(id) {
      const result = await tracked("DeleteRule", () => client.deleteRule({ id }));
      return { requestId: result.requestId };
    },

    async exists(id) {
      try {
        await client.getRule({ id });
        return true;
      } catch (error) {
        if (error instanceof IdrsError && error.code === "ResourceNotFound") return false;
        throw error;
      }
    },

    describeError: (error, locale) => describeRemoteError(error, locale),
  };
}

export function describeRemoteError(error: unknown, locale: Locale): RemoteErrorInfo {
  const message = describeApiError(error, locale);
  if (!(error instanceof IdrsError)) {
    return { code: "UnexpectedError", requestId: undefined, message, notFound: false };
  }
  const requestId = error instanceof IdrsApiError ? error.requestId : undefined;
  return { code: error.code, requestId, message, notFound: error.code === "ResourceNotFound" };
}

function withRule(result: {
  rule: RuleRecord | undefined;
  requestId: string | undefined;
}): RemoteResult {
  if (result.rule === undefined) throw new TypeError("the service returned no rule");
  return { rule: toRemoteRule(result.rule), requestId: result.requestId };
}

function toRemoteRule(record: RuleRecord): RemoteRule {
  return { id: record.id, name: record.name, content: record.content };
}

function readRequestId(body: string): string | undefined {
  try {
    const data = JSON.parse(body) as { RequestId?: unknown };
    return typeof data.RequestId === "string" ? data.RequestId : undefined;
  } catch {
    return undefined;
  }
}
