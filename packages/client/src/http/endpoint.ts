import { IdrsInputError } from "../errors.js";
import { type LocalizedText, localize } from "../messages.js";

/** The public finance-cloud endpoint; private-cloud installs have their own host name. */
export const DEFAULT_ENDPOINT = "idrsservice.cn-shanghai-finance-1.aliyuncs.com";

/**
 * Turns an endpoint option into the URL requests are posted to. A bare host name (with an
 * optional port) means HTTPS; a full URL may use `http:` for a local emulator. Paths,
 * queries and user names are rejected because RPC calls always go to `/`.
 */
export function parseEndpoint(endpoint: string = DEFAULT_ENDPOINT): URL {
  const text = endpoint.trim();
  if (text === "") {
    throw invalid(endpoint, localize("problem.endpointEmpty"));
  }

  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw invalid(endpoint, localize("problem.endpointUnparsable"));
  }

  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw invalid(endpoint, localize("problem.endpointScheme", { scheme: url.protocol }));
  }
  if (url.username || url.password) {
    throw invalid(endpoint, localize("problem.endpointUser"));
  }
  if (url.pathname !== "/" || url.search || url.hash) {
    throw invalid(endpoint, localize("problem.endpointPath"));
  }
  return url;
}

function invalid(endpoint: string, problem: LocalizedText): IdrsInputError {
  return new IdrsInputError("InvalidEndpoint", localize("input.endpoint", { endpoint, problem }));
}
