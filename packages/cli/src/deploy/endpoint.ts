import { DeployError } from "./errors.js";

/**
 * Normalizes an endpoint to the form kept in the lock file: scheme, lower-case host and
 * port, no trailing slash. A bare host name means HTTPS, as the service's endpoints are.
 */
export function normalizeEndpoint(endpoint: string): string {
  const trimmed = endpoint.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new DeployError("deploy.endpoint.invalid", { endpoint });
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.hostname === "") {
    throw new DeployError("deploy.endpoint.invalid", { endpoint });
  }

  const path = url.pathname.replace(/\/+$/, "");
  return `${url.protocol}//${url.host}${path}`;
}
