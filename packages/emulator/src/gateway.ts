import { timingSafeEqual } from "node:crypto";
import { signParameters, stringToSign } from "@idrs-rules/client";
import {
  accessKeyNotFound,
  actionNotFound,
  invalidParameter,
  invalidVersion,
  missingParameter,
  nonceUsed,
  securityTokenExpired,
  securityTokenMismatch,
  signatureMismatch,
  timestampExpired,
  timestampFormat,
} from "./api-error.js";
import { parseRequestTimestamp, signatureWindowMs } from "./clock.js";
import type { NonceRegistry } from "./nonces.js";
import type { EmulatorAccessKey } from "./options.js";

export const apiVersion = "2020-06-30";

export type ResponseFormat = "JSON" | "XML";

export interface GatewayContext {
  accessKeys: ReadonlyMap<string, EmulatorAccessKey>;
  nonces: NonceRegistry;
  isKnownAction(action: string): boolean;
  nowMs: number;
}

export interface AuthenticatedRequest {
  action: string;
  accessKeyId: string;
  format: ResponseFormat;
}

const signedCommonParameters = [
  "AccessKeyId",
  "SignatureMethod",
  "SignatureVersion",
  "SignatureNonce",
  "Timestamp",
  "Signature",
] as const;

/**
 * Checks what the service's gateway checks before an API runs, in this order: action and
 * version, common parameters, timestamp format, access key, timestamp window, signature,
 * security token, nonce. Throws the gateway's `ApiError` for the first problem found.
 * The nonce is recorded only for a correctly signed request, so a bad request cannot use
 * up the nonce of a good one.
 */
export function authenticate(
  method: string,
  params: Record<string, string>,
  context: GatewayContext,
): AuthenticatedRequest {
  const action = requireParameter(params, "Action");
  const version = requireParameter(params, "Version");
  if (version !== apiVersion) {
    throw invalidVersion();
  }
  if (!context.isKnownAction(action)) {
    throw actionNotFound();
  }
  const format = readFormat(params.Format);

  for (const name of signedCommonParameters) {
    requireParameter(params, name);
  }
  const accessKeyId = params.AccessKeyId as string;
  const nonce = params.SignatureNonce as string;

  // The reference's own example spells the method `Hmac-SHA1`, so case is not significant.
  if (params.SignatureMethod?.toUpperCase() !== "HMAC-SHA1") {
    throw invalidParameter("SignatureMethod", "The only supported value is HMAC-SHA1.");
  }
  if (params.SignatureVersion !== "1.0") {
    throw invalidParameter("SignatureVersion", "The only supported value is 1.0.");
  }

  const timestampMs = parseRequestTimestamp(params.Timestamp as string);
  if (timestampMs === undefined) {
    throw timestampFormat();
  }

  const key = context.accessKeys.get(accessKeyId);
  if (!key) {
    throw accessKeyNotFound();
  }

  if (Math.abs(context.nowMs - timestampMs) > signatureWindowMs) {
    throw timestampExpired();
  }

  verifySignature(method, params, key);
  verifySecurityToken(params.SecurityToken, key, context.nowMs);

  if (!context.nonces.claim(accessKeyId, nonce, context.nowMs)) {
    throw nonceUsed();
  }
  return { action, accessKeyId, format };
}

/** Returns the parameter's value; an absent or empty value is a missing parameter. */
export function requireParameter(params: Record<string, string>, name: string): string {
  const value = params[name];
  if (value === undefined || value === "") {
    throw missingParameter(name);
  }
  return value;
}

/** Reads the optional `Format`: the emulator responds with JSON unless XML is requested. */
export function readFormat(format: string | undefined): ResponseFormat {
  if (format === undefined || format.toUpperCase() === "JSON") {
    return "JSON";
  }
  if (format.toUpperCase() === "XML") {
    return "XML";
  }
  throw invalidParameter("Format", "Use JSON or XML.");
}

function verifySignature(
  method: string,
  params: Record<string, string>,
  key: EmulatorAccessKey,
): void {
  const expected = Buffer.from(signParameters(method, params, key.secret));
  const received = Buffer.from(params.Signature ?? "");

  if (expected.length === received.length && timingSafeEqual(expected, received)) {
    return;
  }

  // The security token is a credential, so the string shown back to the client masks it.
  const masked = { ...params };
  if (masked.SecurityToken !== undefined) {
    masked.SecurityToken = "***";
  }
  throw signatureMismatch(stringToSign(method, masked));
}

function verifySecurityToken(
  token: string | undefined,
  key: EmulatorAccessKey,
  nowMs: number,
): void {
  if (key.securityToken === undefined) {
    // A permanent key has no token; a token sent with it belongs to some other credential.
    if (token !== undefined) {
      throw securityTokenMismatch();
    }
    return;
  }

  if (token === undefined || token === "") {
    throw missingParameter("SecurityToken");
  }
  if (!safeEqual(token, key.securityToken)) {
    throw securityTokenMismatch();
  }
  if (key.securityTokenExpiresAt && key.securityTokenExpiresAt.getTime() <= nowMs) {
    throw securityTokenExpired();
  }
}

function safeEqual(left: string, right: string): boolean {
  const a = Buffer.from(left);
  const b = Buffer.from(right);
  return a.length === b.length && timingSafeEqual(a, b);
}
