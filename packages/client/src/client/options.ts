import type {
  Credentials,
  CredentialsInit,
  CredentialsProvider,
} from "../credentials/credentials.js";
import type { HttpTransport } from "../http/transport.js";
import type { Locale } from "../messages.js";

/** Receives the client's log lines; the same shape as the engine's `Logger`. */
export interface ClientLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface RuleClientOptions {
  /**
   * Host name (HTTPS) or `http(s)://host:port` URL of the service. Defaults to the
   * finance-cloud endpoint `idrsservice.cn-shanghai-finance-1.aliyuncs.com`.
   */
  endpoint?: string;
  /**
   * The AccessKey, or a provider asked before every request. When absent, the client
   * resolves credentials once with `resolveCredentials({ profile })`.
   */
  credentials?: Credentials | CredentialsInit | CredentialsProvider;
  /** Profile for `resolveCredentials` when `credentials` is absent. */
  profile?: string;
  /** Limit for one attempt, in milliseconds; defaults to 15000. */
  timeoutMs?: number;
  /** Attempts after the first one for retry-worthy failures; defaults to 3. */
  maxRetries?: number;
  /** Cap of the first backoff, in milliseconds; doubled on each retry. Defaults to 200. */
  retryBaseDelayMs?: number;
  /** Largest backoff, in milliseconds; defaults to 10000. */
  retryMaxDelayMs?: number;
  /** `User-Agent` header; defaults to `idrs-rules-client/VERSION Node.js/VERSION`. */
  userAgent?: string;
  /** Sends HTTP requests; defaults to `node:http`/`node:https`. */
  transport?: HttpTransport;
  /** Receives request, retry and recovery lines; silent by default. */
  logger?: ClientLogger;
  /** Language of the log lines; defaults to `en`. */
  locale?: Locale;
  /** Clock for `Timestamp`; injectable for tests. */
  now?: () => Date;
  /** Generator of `SignatureNonce` and of missing `ClientToken`s; defaults to `crypto.randomUUID`. */
  nonce?: () => string;
  /** Source of backoff jitter in [0, 1); defaults to `Math.random`. */
  random?: () => number;
  /** Waits between retries; rejects when `signal` aborts. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}
