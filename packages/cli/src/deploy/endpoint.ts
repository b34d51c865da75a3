import { DeployError } from "./errors.js";

/**
 * Normalizes an endpoint to the form kept in the lock file: scheme, lower-case host and
 * port. A bare host name means HTTPS, as the service's endpoints are. The RPC API is served
 * at `/`, so a path, a query or a fragment is rejected (exit code 2) instead of being
 * dropped or sent somewhere else.
 */
export function normalizeEndpoint(endpoint: string): string {
  const trimmed = endpoint.trim();
  const invalid = () => new DeployError("deploy.endpoint.invalid", { endpoint }, 2);
  if (trimmed === "") throw invalid();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid();
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.hostname === "") {
    throw invalid();
  }
  // `new URL` drops an empty `?` or `#`, so the raw text is checked as well.
  if (url.pathname !== "/" || url.search !== "" || url.hash !== "" || /[?#]/.test(trimmed)) {
    throw new DeployError("deploy.endpoint.path", { endpoint }, 2);
  }
  if (url.username !== "" || url.password !== "") throw invalid();

  return `${url.protocol}//${url.host}`;
}
