import type { FaultController, FaultOptions } from "./faults.js";
import type { EmulatorLocale } from "./messages.js";
import type { RuleStore } from "./store.js";

/**
 * An access key the emulator accepts. With `securityToken`, the key behaves like an STS
 * credential: every request must carry that exact `SecurityToken`.
 */
export interface EmulatorAccessKey {
  id: string;
  secret: string;
  securityToken?: string;
  /** Expiry of the security token; requests after it get `InvalidSecurityToken.Expired`. */
  securityTokenExpiresAt?: Date;
}

/** Logger injected by the host. It has the same shape as the core package's `Logger`. */
export interface EmulatorLogger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface EmulatorOptions {
  /** TCP port; 0 picks any free port. */
  port: number;
  /** Interface to listen on. Defaults to 127.0.0.1. */
  host?: string;
  /** JSON file that keeps rules and client tokens across restarts. Absent: memory only. */
  dataFile?: string;
  /** Accepted access keys. Absent: one test pair is generated. */
  accessKeys?: EmulatorAccessKey[];
  /** Clock for timestamps, nonce windows and `CreatedAt`; tests set it. */
  now?: () => Date;
  logger?: EmulatorLogger;
  /** Language of the log lines; `en` when absent. */
  locale?: EmulatorLocale;
  /** Faults active from the start; change them later through `RunningEmulator.faults`. */
  faults?: FaultOptions;
  /**
   * Largest accepted request body in bytes. Defaults to 16 MiB, because percent-encoding
   * turns each Chinese character into 9 bytes and a 1 MB Content must fit.
   */
  maxBodyBytes?: number;
}

export interface RunningEmulator {
  /** Base URL, for example `http://127.0.0.1:52011`; use it as the client's endpoint. */
  url: string;
  port: number;
  host: string;
  accessKeys: readonly EmulatorAccessKey[];
  /** The rule store, for tests to inspect. Change rules through the API, not through it. */
  store: RuleStore;
  faults: FaultController;
  /** Stops listening, ends open connections and waits for pending data file writes. */
  close(): Promise<void>;
}

export const defaultMaxBodyBytes = 16 * 1024 * 1024;

export const silentEmulatorLogger: EmulatorLogger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
};
