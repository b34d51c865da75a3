import { IdrsError } from "./errors.js";
import { type LocalizedText, localize } from "./messages.js";

export type NetworkFailureKind = "timeout" | "connection" | "aborted";

export interface NetworkErrorInit {
  action: string;
  endpoint: string;
  kind: NetworkFailureKind;
  timeoutMs: number;
  /** System error code or message, such as `ECONNREFUSED`. */
  reason: string;
  /** False only when the request certainly never reached the server. */
  requestSent: boolean;
  cause?: unknown;
}

/** A request that got no HTTP response, because of a timeout, a lost connection or a cancel. */
export class IdrsNetworkError extends IdrsError {
  override readonly name = "IdrsNetworkError";
  readonly code: string;
  readonly action: string;
  readonly endpoint: string;
  readonly kind: NetworkFailureKind;
  readonly reason: string;
  readonly requestSent: boolean;

  constructor(init: NetworkErrorInit) {
    const args = {
      action: init.action,
      endpoint: init.endpoint,
      timeoutMs: init.timeoutMs,
      reason: init.reason,
    };
    super(localize(NETWORK_MESSAGE[init.kind], args), { cause: init.cause });
    this.code = NETWORK_CODE[init.kind];
    this.action = init.action;
    this.endpoint = init.endpoint;
    this.kind = init.kind;
    this.reason = init.reason;
    this.requestSent = init.requestSent;
  }

  protected baseHint(): LocalizedText {
    return localize(NETWORK_HINT[this.kind]);
  }
}

const NETWORK_MESSAGE = {
  timeout: "error.timeout",
  connection: "error.connection",
  aborted: "error.aborted",
} as const;

const NETWORK_HINT = {
  timeout: "hint.timeout",
  connection: "hint.connection",
  aborted: "hint.aborted",
} as const;

const NETWORK_CODE = { timeout: "Timeout", connection: "ConnectionFailed", aborted: "Aborted" };

export interface ResponseErrorInit {
  action: string;
  endpoint: string;
  status: number;
  /** What is wrong with the response, in every locale. */
  problem: LocalizedText;
  /** The start of the body, for debugging a proxy or gateway page. */
  bodyPreview: string;
}

/** A response from the endpoint that is not the service's JSON. */
export class IdrsResponseError extends IdrsError {
  override readonly name = "IdrsResponseError";
  readonly code = "InvalidResponse";
  readonly action: string;
  readonly endpoint: string;
  readonly status: number;
  readonly bodyPreview: string;

  constructor(init: ResponseErrorInit) {
    super(localize("error.response", { ...init }));
    this.action = init.action;
    this.endpoint = init.endpoint;
    this.status = init.status;
    this.bodyPreview = init.bodyPreview;
  }

  protected baseHint(): LocalizedText {
    return localize("hint.invalidResponse");
  }
}
