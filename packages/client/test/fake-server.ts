import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { signParameters } from "../src/signing.js";

/** One request as the fake server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: string;
  query: Record<string, string>;
  form: Record<string, string>;
  /** Query and form parameters together, as the signature covers them. */
  params: Record<string, string>;
  action: string;
}

export type Reply =
  | { status: number; body: unknown }
  /** Sends the headers and part of a body, then cuts the connection. */
  | { drop: "mid-response" }
  /** Cuts the connection without any response. */
  | { drop: "before-response" }
  /** Never responds, so the client's timeout has to end the request. */
  | { hang: true };

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** Starts an HTTP server on 127.0.0.1 that records requests and replies through `handler`. */
export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];

  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      chunks.push(chunk as Buffer);
    }

    const rawBody = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const query = Object.fromEntries(url.searchParams);
    const form = Object.fromEntries(new URLSearchParams(rawBody));
    const params = { ...query, ...form };
    const recorded: RecordedRequest = {
      method: req.method ?? "",
      path: url.pathname,
      headers: req.headers,
      rawBody,
      query,
      form,
      params,
      action: params.Action ?? "",
    };
    requests.push(recorded);

    const reply = await handler(recorded, requests.length - 1);
    if ("hang" in reply) {
      return;
    }
    if ("drop" in reply) {
      if (reply.drop === "mid-response") {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"RequestId":"cut');
      }
      // Give the partial write to the socket before cutting it.
      setImmediate(() => req.socket.destroy());
      return;
    }

    const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { "content-type": "application/json;charset=utf-8" });
    res.end(text);
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Checks a recorded request's signature the way the service does, with `secret`. */
export function signatureIsValid(request: RecordedRequest | undefined, secret: string): boolean {
  if (!request) {
    return false;
  }
  const expected = signParameters(request.method, request.params, secret);
  return request.params.Signature === expected;
}

/** Builds a success reply as the service sends it. */
export function ok(data: unknown, requestId = "59b0bbfe-929b-4a8c-9833-3ce70b4bad38"): Reply {
  return { status: 200, body: { RequestId: requestId, Message: "-", Code: "OK", Data: data } };
}

/** Builds an error reply as the service or its gateway sends it. */
export function failure(status: number, code: string, message = `${code} happened`): Reply {
  return {
    status,
    body: { RequestId: `req-${code}`, HostId: "idrsservice.example", Code: code, Message: message },
  };
}
