import type { IncomingMessage, ServerResponse } from "node:http";
import { checkFaultSpec, type FaultController, type FaultSpec } from "./faults.js";
import { readBody } from "./parameters.js";
import { sendJson } from "./responses.js";
import type { RuleStore } from "./store.js";

export const controlPrefix = "/_emulator/";

export interface ControlContext {
  store: RuleStore;
  faults: FaultController;
  maxBodyBytes: number;
}

/**
 * Serves the test-only control endpoints on the emulator's own port, without signatures:
 * - `GET /_emulator/rules`: every stored rule and the number of recorded client tokens;
 * - `GET /_emulator/faults`: the active faults;
 * - `POST /_emulator/faults`: JSON `{"rules": [...], "seed"?: n, "append"?: true}` replaces
 *   the faults (or adds to them with `append`) and returns the active faults;
 * - `DELETE /_emulator/faults`: removes every fault.
 */
export async function handleControlRequest(
  request: IncomingMessage,
  response: ServerResponse,
  context: ControlContext,
): Promise<void> {
  const path = new URL(request.url ?? "/", "http://emulator.invalid").pathname;
  const method = request.method ?? "GET";

  if (path === `${controlPrefix}rules`) {
    if (method !== "GET") {
      return sendJson(response, 405, { error: `Use GET on ${path}.` });
    }
    const rules = context.store.list();
    return sendJson(response, 200, { rules, clientTokens: context.store.clientTokenCount });
  }

  if (path !== `${controlPrefix}faults`) {
    return sendJson(response, 404, {
      error: `Unknown control endpoint ${path}. Use ${controlPrefix}rules or ${controlPrefix}faults.`,
    });
  }

  if (method === "GET") {
    return sendJson(response, 200, { faults: context.faults.list() });
  }
  if (method === "DELETE") {
    context.faults.clear();
    return sendJson(response, 200, { faults: [] });
  }
  if (method !== "POST") {
    return sendJson(response, 405, { error: `Use GET, POST or DELETE on ${path}.` });
  }

  const body = await readBody(request, context.maxBodyBytes);
  if (body.kind === "tooLarge") {
    return sendJson(response, 413, { error: "The fault description is too large." });
  }
  try {
    applyFaultRequest(context.faults, JSON.parse(body.text));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return sendJson(response, 400, { error: `Invalid fault request: ${message}` });
  }
  return sendJson(response, 200, { faults: context.faults.list() });
}

/** Applies a parsed POST body; checks every fault first, so a bad one changes nothing. */
function applyFaultRequest(faults: FaultController, value: unknown): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(
      'The body must be a JSON object such as {"rules": [{"kind": "throttling"}]}.',
    );
  }
  const body = value as Record<string, unknown>;

  if (body.rules !== undefined && !Array.isArray(body.rules)) {
    throw new TypeError('"rules" must be an array of faults.');
  }
  const rules: FaultSpec[] = ((body.rules as unknown[] | undefined) ?? []).map(checkFaultSpec);
  if (body.seed !== undefined && !Number.isInteger(body.seed)) {
    throw new TypeError('"seed" must be an integer.');
  }
  const seed = body.seed as number | undefined;

  if (body.append === true) {
    if (seed !== undefined) {
      faults.reseed(seed);
    }
    for (const rule of rules) {
      faults.add(rule);
    }
    return;
  }
  faults.replace({ rules, ...(seed === undefined ? {} : { seed }) });
}
