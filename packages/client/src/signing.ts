import { createHmac } from "node:crypto";

/**
 * Percent-encodes text as RPC signing requires (RFC 3986): only `A-Z a-z 0-9 - _ . ~`
 * stay as they are, space becomes `%20`, and non-ASCII text is encoded as its UTF-8 bytes.
 */
export function percentEncode(value: string): string {
  // encodeURIComponent already encodes as UTF-8 and leaves the unreserved set alone, but
  // it also leaves `! ' ( ) *` unencoded, which RFC 3986 (and the server) encode.
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * Builds the canonical query: every parameter except `Signature`, sorted by raw name in
 * code-unit order, each name and value percent-encoded, joined as `name=value` with `&`.
 */
export function canonicalQuery(params: Record<string, string>): string {
  // Sort the raw names, not the encoded ones, because the service sorts before encoding.
  // The two orders differ for names with characters such as `|` or non-ASCII text.
  const names = Object.keys(params)
    .filter((name) => name !== "Signature")
    .sort(compareCodeUnits);

  return names
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name] ?? "")}`)
    .join("&");
}

/** Builds `METHOD&%2F&encode(canonical query)`, the text that the HMAC signs. */
export function stringToSign(method: string, params: Record<string, string>): string {
  return `${method}&${percentEncode("/")}&${percentEncode(canonicalQuery(params))}`;
}

/**
 * Signs the parameters: Base64 of HMAC-SHA1 over the string to sign, keyed with the
 * AccessKey secret followed by `&`. A `Signature` entry in `params` is ignored.
 */
export function signParameters(
  method: string,
  params: Record<string, string>,
  accessKeySecret: string,
): string {
  return createHmac("sha1", `${accessKeySecret}&`)
    .update(stringToSign(method, params), "utf8")
    .digest("base64");
}

/** Compares strings by UTF-16 code units, like Array#sort without a comparator. */
function compareCodeUnits(left: string, right: string): number {
  if (left < right) {
    return -1;
  }
  return left > right ? 1 : 0;
}
