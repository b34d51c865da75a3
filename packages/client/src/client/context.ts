import { randomUUID } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import {
  Credentials,
  type CredentialsInit,
  type CredentialsProvider,
} from "../credentials/credentials.js";
import { resolveCredentials } from "../credentials/resolve.js";
import { IdrsInputError } from "../errors.js";
import { parseEndpoint } from "../http/endpoint.js";
import { type HttpTransport, nodeHttpTransport } from "../http/transport.js";
import { formatMessage, localize, type MessageArgs, type MessageKey } from "../messages.js";
import type { ClientLogger, RuleClientOptions } from "./options.js";

/** Version of this package, sent in the `User-Agent`; a test compares it with package.json. */
export const CLIENT_VERSION = "0.1.0";

/** Options with every default filled in, shared by the calls of one client. */
export interface ClientContext {
  endpoint: URL;
  /** Scheme, host and port, for messages. Never the query, which carries the signature. */
  endpointLabel: string;
  getCredentials: () => Promise<Credentials>;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  userAgent: string;
  transport: HttpTransport;
  now: () => Date;
  nonce: () => string;
  random: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  log: (level: keyof ClientLogger, key: MessageKey, args: MessageArgs) => void;
}

/** Checks the options and fills in the defaults; throws `IdrsInputError` for bad ones. */
export function createContext(options: RuleClientOptions): ClientContext {
  const endpoint = parseEndpoint(options.endpoint);
  const locale = options.locale ?? "en";
  const logger = options.logger;

  return {
    endpoint,
    endpointLabel: endpoint.origin,
    getCredentials: credentialsGetter(options),
    timeoutMs: checkedInteger("timeoutMs", options.timeoutMs ?? 15_000, 1, 3_600_000),
    maxRetries: checkedInteger("maxRetries", options.maxRetries ?? 3, 0, 20),
    retryBaseDelayMs: checkedInteger(
      "retryBaseDelayMs",
      options.retryBaseDelayMs ?? 200,
      0,
      60_000,
    ),
    retryMaxDelayMs: checkedInteger(
      "retryMaxDelayMs",
      options.retryMaxDelayMs ?? 10_000,
      0,
      600_000,
    ),
    userAgent:
      options.userAgent ?? `idrs-rules-client/${CLIENT_VERSION} Node.js/${process.version}`,
    transport: options.transport ?? nodeHttpTransport,
    now: options.now ?? (() => new Date()),
    nonce: options.nonce ?? randomUUID,
    random: options.random ?? Math.random,
    sleep: options.sleep ?? ((ms, signal) => delay(ms, undefined, { signal })),
    log: (level, key, args) => logger?.[level](formatMessage(locale, key, args)),
  };
}

/** Checks that an option or argument is an integer within [min, max]. */
export function checkedInteger(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new IdrsInputError(
      "OutOfRange",
      localize("input.range", { name, min, max, value: String(value) }),
    );
  }
  return value;
}

function credentialsGetter(options: RuleClientOptions): () => Promise<Credentials> {
  const given = options.credentials;

  if (given === undefined) {
    // Resolved on the first call, not at construction, so a client can be built before
    // the user has configured a key. A failed lookup is tried again on the next call.
    let pending: Promise<Credentials> | undefined;
    return () => {
      pending ??= resolveCredentials({ profile: options.profile }).then(
        (resolved) => resolved.credentials,
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    };
  }
  if (given instanceof Credentials) {
    return async () => given;
  }
  if (isProvider(given)) {
    return async () => toCredentials(await given.getCredentials());
  }
  const fixed = toCredentials(given);
  return async () => fixed;
}

function isProvider(value: object): value is CredentialsProvider {
  return typeof (value as Partial<CredentialsProvider>).getCredentials === "function";
}

function toCredentials(value: Credentials | CredentialsInit): Credentials {
  if (value instanceof Credentials) {
    return value;
  }
  const valid =
    typeof value === "object" &&
    value !== null &&
    typeof value.accessKeyId === "string" &&
    value.accessKeyId !== "" &&
    typeof value.accessKeySecret === "string" &&
    value.accessKeySecret !== "";
  if (!valid) {
    throw new IdrsInputError("InvalidCredentials", localize("input.credentials"));
  }
  return new Credentials(value);
}
