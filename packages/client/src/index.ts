export { CLIENT_VERSION } from "./client/context.js";
export { sameContent } from "./client/create-rule.js";
export type { ClientLogger, RuleClientOptions } from "./client/options.js";
export { backoffDelay, classifyFailure, type FailureClass } from "./client/retry.js";
export { createRuleClient, type RuleClient } from "./client/rule-client.js";
export {
  Credentials,
  type CredentialsInit,
  type CredentialsProvider,
  maskAccessKeyId,
} from "./credentials/credentials.js";
export { describeCredentialsSource } from "./credentials/describe-source.js";
export { parseIni } from "./credentials/ini.js";
export { type ResolveCredentialsOptions, resolveCredentials } from "./credentials/resolve.js";
export type {
  CredentialsSource,
  ReadTextFile,
  ResolvedCredentials,
} from "./credentials/sources.js";
export { describeApiError } from "./describe-error.js";
export {
  type ApiErrorInit,
  IdrsApiError,
  IdrsCredentialsError,
  IdrsError,
  IdrsInputError,
} from "./errors.js";
export { apiHintKey, isThrottling, RETRY_WORTHY_CODES } from "./hints.js";
export { DEFAULT_ENDPOINT, parseEndpoint } from "./http/endpoint.js";
export { parseServiceResponse } from "./http/parse-response.js";
export { API_VERSION, buildSignedRequest, formatTimestamp } from "./http/signed-request.js";
export {
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
  MAX_RESPONSE_BYTES,
  nodeHttpTransport,
  TransportError,
} from "./http/transport.js";
export {
  formatMessage,
  type Locale,
  type LocalizedText,
  localize,
  type MessageKey,
  messageCatalog,
} from "./messages.js";
export {
  IdrsNetworkError,
  IdrsResponseError,
  type NetworkErrorInit,
  type NetworkFailureKind,
  type ResponseErrorInit,
} from "./network-errors.js";
export { toRulePage, toRuleRecord } from "./rules/normalize.js";
export type {
  CallOptions,
  CreateRuleInput,
  ListRulesInput,
  RuleIdInput,
  RulePage,
  RuleRecord,
  UpdateRuleInput,
} from "./rules/types.js";
export { canonicalQuery, percentEncode, signParameters, stringToSign } from "./signing.js";
