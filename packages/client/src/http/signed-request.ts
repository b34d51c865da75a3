import type { Credentials } from "../credentials/credentials.js";
import { canonicalQuery, percentEncode, signParameters } from "../signing.js";

export const API_VERSION = "2020-06-30";

export interface SignedRequestInput {
  action: string;
  /** Parameters of the API itself, sent in the form body. */
  apiParams: Record<string, string>;
  credentials: Credentials;
  timestamp: Date;
  nonce: string;
}

export interface SignedRequest {
  /** Common parameters and `Signature`, encoded, for the URL after `?`. */
  query: string;
  /** API parameters and any `SecurityToken`, as `application/x-www-form-urlencoded`. */
  body: string;
}

/**
 * Builds the query string and form body of one POST call. Common parameters go in the
 * query and API parameters in the body, so a long `Content` never meets URL length limits.
 * The signature covers both, because the service computes it over their union.
 */
export function buildSignedRequest(input: SignedRequestInput): SignedRequest {
  const common: Record<string, string> = {
    Action: input.action,
    Version: API_VERSION,
    Format: "JSON",
    AccessKeyId: input.credentials.accessKeyId,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: input.nonce,
    Timestamp: formatTimestamp(input.timestamp),
  };

  // The STS token is a credential: it goes in the body, because URLs end up in the access
  // logs of proxies and servers.
  const body: Record<string, string> = { ...input.apiParams };
  const securityToken = input.credentials.getSecurityToken();
  if (securityToken) {
    body.SecurityToken = securityToken;
  }

  for (const name of Object.keys(input.apiParams)) {
    if (name in common || name === "Signature" || name === "SecurityToken") {
      throw new Error(`API parameter ${name} collides with a common parameter`);
    }
  }

  const signature = signParameters(
    "POST",
    { ...common, ...body },
    input.credentials.getAccessKeySecret(),
  );

  return {
    query: `${canonicalQuery(common)}&Signature=${percentEncode(signature)}`,
    body: canonicalQuery(body),
  };
}

/** Formats a time as the service's `Timestamp`: UTC `YYYY-MM-DDThh:mm:ssZ`, no milliseconds. */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
