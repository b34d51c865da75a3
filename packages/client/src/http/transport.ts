import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

export interface HttpRequest {
  url: URL;
  method: "POST";
  headers: Record<string, string>;
  body: string;
  /** Limit for the whole exchange: connecting, sending and reading the response. */
  timeoutMs: number;
  signal?: AbortSignal | undefined;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case; repeated headers joined with `, `. */
  headers: Record<string, string>;
  body: string;
  /** True when the body was cut at `MAX_RESPONSE_BYTES`. */
  truncated?: boolean;
}

/** Sends one request. Tests may inject their own; the default uses `node:http(s)`. */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/** A request that got no complete HTTP response. */
export class TransportError extends Error {
  override readonly name = "TransportError";

  constructor(
    readonly kind: "timeout" | "connection" | "aborted",
    readonly reason: string,
    /** False only when no connection was made, so the server cannot have seen the request. */
    readonly requestSent: boolean,
    options?: ErrorOptions,
  ) {
    super(reason, options);
  }
}

/**
 * Limit on a response body. A page of 100 rules is far smaller unless the rules are huge,
 * so a larger body is treated as not coming from the service.
 */
export const MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

/** Sends a request with `node:http` or `node:https`, with a timeout and cancellation. */
export const nodeHttpTransport: HttpTransport = (request) =>
  new Promise<HttpResponse>((resolve, reject) => {
    const send = request.url.protocol === "https:" ? httpsRequest : httpRequest;
    let connected = false;
    // Set when this side ends the exchange, so that the errors the destroyed socket then
    // raises (`ECONNRESET`, "aborted") are reported as the timeout or cancel they are.
    let stopped: TransportError | undefined;

    const req = send(request.url, { method: request.method, headers: request.headers });

    const stop = (error: TransportError) => {
      stopped = error;
      req.destroy(error);
    };

    const timer = setTimeout(() => {
      stop(new TransportError("timeout", `no response within ${request.timeoutMs} ms`, connected));
    }, request.timeoutMs);

    const onAbort = () => {
      stop(new TransportError("aborted", "the request was cancelled", connected));
    };
    request.signal?.addEventListener("abort", onAbort, { once: true });

    const finish = () => {
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
    };

    req.on("socket", (socket) => {
      // A socket taken from the keep-alive pool is already connected.
      if (!socket.connecting) {
        connected = true;
      } else {
        socket.once("connect", () => {
          connected = true;
        });
      }
    });

    req.on("error", (error) => {
      finish();
      reject(stopped ?? toTransportError(error, connected));
    });

    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;

      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) {
          truncated = true;
          res.destroy();
          return;
        }
        chunks.push(chunk);
      });

      res.on("error", (error) => {
        finish();
        reject(stopped ?? toTransportError(error, true));
      });

      res.on("close", () => {
        finish();
        if (!res.complete && !truncated) {
          const dropped = new TransportError(
            "connection",
            "the connection closed mid-response",
            true,
          );
          reject(stopped ?? dropped);
          return;
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: flattenHeaders(res.headers),
          body: Buffer.concat(chunks).toString("utf8"),
          truncated,
        });
      });
    });

    if (request.signal?.aborted) {
      onAbort();
      return;
    }
    req.end(request.body);
  });

function toTransportError(error: unknown, connected: boolean): TransportError {
  if (error instanceof TransportError) {
    return error;
  }
  const code = (error as { code?: unknown }).code;
  const reason = typeof code === "string" ? code : error instanceof Error ? error.message : "";
  return new TransportError("connection", reason || "unknown network error", connected, {
    cause: error,
  });
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>) {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) {
      flat[name] = Array.isArray(value) ? value.join(", ") : value;
    }
  }
  return flat;
}
