import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ApiError,
  internalError,
  methodNotAllowed,
  serviceUnavailable,
  throttled,
} from "./api-error.js";
import { type ApiContext, isRuleAction, runAction } from "./apis.js";
import type { FaultController, FaultDecision, FaultKind } from "./faults.js";
import { authenticate, type GatewayContext, type ResponseFormat } from "./gateway.js";
import type { EmulatorLogger } from "./options.js";
import {
  ClientClosedError,
  collectParameters,
  isFormContentType,
  readBody,
  requireBody,
} from "./parameters.js";
import { loggableAction, logRequest, type RequestOutcome } from "./request-log.js";
import { errorBody, sendBody, successBody } from "./responses.js";

export interface ApiHandlerContext {
  gateway: Omit<GatewayContext, "nowMs">;
  api: ApiContext;
  faults: FaultController;
  logger: EmulatorLogger;
  maxBodyBytes: number;
  /** Aborted when the emulator closes, to cut injected delays short. */
  closing: AbortSignal;
}

/**
 * Handles one call of a rule API: reads the parameters, runs the gateway checks, applies the
 * injected faults, runs the API and responds in the service's format. Logs one line.
 */
export async function handleApiRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: ApiHandlerContext,
): Promise<void> {
  const started = performance.now();
  const requestId = randomUUID().toUpperCase();
  const outcome: RequestOutcome = { action: "-", status: "-", code: "-" };
  let format: ResponseFormat = "JSON";

  try {
    const method = request.method ?? "GET";
    if (method !== "POST" && method !== "GET") {
      throw methodNotAllowed(method);
    }

    const body = requireBody(await readBody(request, context.maxBodyBytes), context.maxBodyBytes);
    const query = new URL(request.url ?? "/", "http://emulator.invalid").search;
    const form = isFormContentType(request.headers["content-type"]) ? body : "";
    const params = collectParameters(query, form);
    outcome.action = loggableAction(params.Action);
    // Errors found before `authenticate` reads Format are still written in the format asked for.
    format = params.Format?.toUpperCase() === "XML" ? "XML" : "JSON";

    const nowMs = context.api.now().getTime();
    const auth = authenticate(method, params, { ...context.gateway, nowMs });
    format = auth.format;

    const decision = context.faults.decide(auth.action);
    await applyFaults(decision, auth.action, requestId, context, outcome);
    if (decision.outcome === "drop") {
      dropConnection(request, outcome);
      return;
    }

    if (!isRuleAction(auth.action)) {
      throw new Error(`The gateway accepted the unknown action ${auth.action}.`);
    }
    const data = await runActionForOutcome(auth.action, params, context, decision.outcome);
    if (decision.outcome === "dropAfterCommit") {
      dropConnection(request, outcome);
      return;
    }

    outcome.status = "200";
    outcome.code = "OK";
    sendBody(
      response,
      200,
      successBody(requestId, data),
      format,
      `${auth.action}Response`,
      requestId,
    );
  } catch (error) {
    if (context.closing.aborted || error instanceof ClientClosedError) {
      outcome.code = context.closing.aborted ? "emulator-closed" : "client-closed";
      return;
    }

    const apiError = error instanceof ApiError ? error : internalError();
    if (!(error instanceof ApiError)) {
      context.logger.error(`Request ${requestId} failed unexpectedly: ${describe(error)}`);
    }
    outcome.status = String(apiError.status);
    outcome.code = apiError.code;
    const body = errorBody(apiError, requestId, hostId(request));
    sendBody(response, apiError.status, body, format, "Error", requestId);
  } finally {
    logRequest(context.logger, outcome, requestId, performance.now() - started);
  }
}

/**
 * Runs the API. Under `dropAfterCommit` an API error is swallowed: the connection is dropped
 * either way, and the client must not learn whether the write happened.
 */
async function runActionForOutcome(
  action: Parameters<typeof runAction>[0],
  params: Record<string, string>,
  context: ApiHandlerContext,
  fault: FaultKind | undefined,
): Promise<unknown> {
  if (fault !== "dropAfterCommit") {
    return runAction(action, params, context.api);
  }
  try {
    return await runAction(action, params, context.api);
  } catch (error) {
    if (error instanceof ApiError) {
      return undefined;
    }
    throw error;
  }
}

/**
 * Logs the faults chosen for a request, waits for an injected delay and throws an injected
 * error. The caller handles drops, because only it can drop before or after the API runs.
 */
async function applyFaults(
  decision: FaultDecision,
  action: string,
  requestId: string,
  context: ApiHandlerContext,
  outcome: RequestOutcome,
): Promise<void> {
  const parts = [
    ...(decision.delayMs > 0 ? [`delay of ${decision.delayMs}ms`] : []),
    ...(decision.outcome ? [decision.outcome] : []),
  ];
  if (parts.length > 0) {
    context.logger.debug(`Injecting ${parts.join(" and ")} into ${action} requestId=${requestId}`);
  }

  if (decision.delayMs > 0) {
    outcome.fault = "delay";
    await sleep(decision.delayMs, undefined, { signal: context.closing });
  }
  if (decision.outcome) {
    outcome.fault = decision.outcome;
  }
  throwInjectedError(decision.outcome);
}

function throwInjectedError(fault: FaultKind | undefined): void {
  if (fault === "throttling") {
    throw throttled();
  }
  if (fault === "internalError") {
    throw internalError();
  }
  if (fault === "serviceUnavailable") {
    throw serviceUnavailable();
  }
}

function dropConnection(request: IncomingMessage, outcome: RequestOutcome): void {
  outcome.code = "dropped";
  request.socket.destroy();
}

/** `HostId` of error bodies: the host the client addressed, as the gateway reports it. */
function hostId(request: IncomingMessage): string {
  return request.headers.host ?? "127.0.0.1";
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
