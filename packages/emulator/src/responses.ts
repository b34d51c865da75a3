import type { ServerResponse } from "node:http";
import type { ApiError } from "./api-error.js";
import type { ResponseFormat } from "./gateway.js";

export interface ErrorBody {
  RequestId: string;
  HostId: string;
  Code: string;
  Message: string;
  Recommend: string;
}

export function errorBody(error: ApiError, requestId: string, hostId: string): ErrorBody {
  const query = new URLSearchParams({ q: error.code, product: "idrsservice", requestId });
  return {
    RequestId: requestId,
    HostId: hostId,
    Code: error.code,
    Message: error.message,
    Recommend: `https://api.aliyun.com/troubleshoot?${query}`,
  };
}

export function successBody(requestId: string, data: unknown): Record<string, unknown> {
  return { RequestId: requestId, Code: "OK", Message: "", Data: data };
}

/**
 * Sends a body as JSON, or as XML when the request asked for `Format=XML`. The XML root is
 * `<ActionResponse>` for results and `<Error>` for errors, as the gateway writes them.
 */
export function sendBody(
  response: ServerResponse,
  status: number,
  body: object,
  format: ResponseFormat,
  xmlRoot: string,
  requestId: string,
): void {
  const text = format === "XML" ? toXml(xmlRoot, body) : JSON.stringify(body);
  const type = format === "XML" ? "text/xml;charset=utf-8" : "application/json;charset=utf-8";

  response.writeHead(status, {
    "content-type": type,
    "content-length": Buffer.byteLength(text),
    "x-acs-request-id": requestId,
  });
  response.end(text);
}

/** Sends plain JSON, for the control endpoints. */
export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    "content-type": "application/json;charset=utf-8",
    "content-length": Buffer.byteLength(text),
  });
  response.end(text);
}

/** Writes a value as XML. An array repeats its element name, as in the ListRules sample. */
export function toXml(root: string, value: unknown): string {
  return `<?xml version='1.0' encoding='UTF-8'?>${element(root, value)}`;
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) {
    return value.map((item) => element(name, item)).join("");
  }
  if (typeof value === "object" && value !== null) {
    const children = Object.entries(value).map(([key, child]) => element(key, child));
    return `<${name}>${children.join("")}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value ?? ""))}</${name}>`;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
