import type { IncomingMessage } from "node:http";
import { bodyTooLarge, duplicateParameter } from "./api-error.js";

export type BodyResult = { kind: "ok"; text: string } | { kind: "tooLarge" };

/** Raised when the client closes the connection before the whole body arrived. */
export class ClientClosedError extends Error {
  override readonly name = "ClientClosedError";

  constructor() {
    super("The client closed the connection before sending the whole request body.");
  }
}

/**
 * Reads the whole request body as UTF-8 text, up to `limitBytes`. A larger body is read to
 * its end and discarded, so the client finishes sending and can read the error response.
 */
export function readBody(request: IncomingMessage, limitBytes: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;

    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        tooLarge = true;
        chunks.length = 0;
      }
      if (!tooLarge) {
        chunks.push(chunk);
      }
    });
    request.on("end", () => {
      resolve(
        tooLarge
          ? { kind: "tooLarge" }
          : { kind: "ok", text: Buffer.concat(chunks).toString("utf8") },
      );
    });
    request.on("error", () => reject(new ClientClosedError()));
    // Without this, a request aborted mid-body would leave the promise pending forever.
    request.on("close", () => {
      if (!request.complete) {
        reject(new ClientClosedError());
      }
    });
  });
}

/** Throws the 413 error for a body read by `readBody` that was over the limit. */
export function requireBody(result: BodyResult, limitBytes: number): string {
  if (result.kind === "tooLarge") {
    throw bodyTooLarge(limitBytes);
  }
  return result.text;
}

/** True for `application/x-www-form-urlencoded`, with or without a charset. */
export function isFormContentType(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(";")[0]?.trim().toLowerCase();
  return mediaType === "application/x-www-form-urlencoded";
}

/**
 * Merges the query string and the form body into one parameter set, the set the signature
 * covers. A name that appears twice is rejected: the signer has one value per name, so the
 * service's choice between two values cannot be reproduced faithfully.
 */
export function collectParameters(query: string, formBody: string): Record<string, string> {
  const params: Record<string, string> = {};

  for (const source of [query, formBody]) {
    // URLSearchParams decodes `+` as a space and percent escapes as UTF-8, as servlets do.
    for (const [name, value] of new URLSearchParams(source)) {
      if (Object.hasOwn(params, name)) {
        throw duplicateParameter(name);
      }
      params[name] = value;
    }
  }
  return params;
}
