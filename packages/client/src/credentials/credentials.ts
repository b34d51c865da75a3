import { inspect } from "node:util";

/** The plain fields of an AccessKey, as a caller passes them. */
export interface CredentialsInit {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS security token, for temporary credentials. */
  securityToken?: string | undefined;
}

/**
 * An AccessKey. The secret and the STS token live in private fields, and every way of
 * printing the object (`JSON.stringify`, `util.inspect`, `String()`) masks them, so a
 * stray log line cannot leak them.
 */
export class Credentials {
  readonly accessKeyId: string;
  readonly #accessKeySecret: string;
  readonly #securityToken: string | undefined;

  constructor(init: CredentialsInit) {
    this.accessKeyId = init.accessKeyId;
    this.#accessKeySecret = init.accessKeySecret;
    this.#securityToken = init.securityToken || undefined;
  }

  // Methods rather than getters, because `util.inspect` with `getters: true` and
  // `customInspect: false` would call a getter and print what it returns.

  /** Returns the secret, for signing only. Never print it. */
  getAccessKeySecret(): string {
    return this.#accessKeySecret;
  }

  /** Returns the STS token sent as `SecurityToken`, or undefined for a long-term AccessKey. */
  getSecurityToken(): string | undefined {
    return this.#securityToken;
  }

  toJSON(): Record<string, string> {
    const shown: Record<string, string> = {
      accessKeyId: maskAccessKeyId(this.accessKeyId),
      accessKeySecret: "****",
    };
    if (this.#securityToken) {
      shown.securityToken = "****";
    }
    return shown;
  }

  toString(): string {
    return `Credentials(${maskAccessKeyId(this.accessKeyId)})`;
  }

  [inspect.custom](): string {
    return this.toString();
  }
}

/**
 * Shortens an AccessKey ID to its first and last four characters for messages. The ID
 * is not secret, but showing all of it is not needed to tell two keys apart.
 */
export function maskAccessKeyId(accessKeyId: string): string {
  if (accessKeyId.length <= 8) {
    return "****";
  }
  return `${accessKeyId.slice(0, 4)}****${accessKeyId.slice(-4)}`;
}

/** Supplies credentials for each request, for keys that change while the client runs. */
export interface CredentialsProvider {
  getCredentials(): Promise<Credentials | CredentialsInit>;
}
