import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signParameters } from "@idrs-rules/client";
import {
  type EmulatorAccessKey,
  type EmulatorOptions,
  formatRequestTimestamp,
  type RunningEmulator,
  startEmulator,
} from "@idrs-rules/emulator";

export interface HttpResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read service bodies of many shapes.
  body: any;
}

export interface RawRequest {
  method?: string;
  path?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

/** Sends one HTTP request on a fresh connection; rejects when the connection is dropped. */
export function rawRequest(baseUrl: string, options: RawRequest = {}): Promise<HttpResult> {
  const url = new URL(options.path ?? "/", baseUrl);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      { method: options.method ?? "POST", headers: options.headers ?? {}, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // Not JSON (for example XML); the test reads `text`.
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, body });
        });
      },
    );
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}

export interface CallOptions {
  method?: "POST" | "GET";
  /** Where the parameters go: all in the query, all in the form body, or API ones in the body. */
  placement?: "query" | "body" | "split";
  key?: EmulatorAccessKey;
  /** Clock for the `Timestamp`; defaults to the real clock. */
  at?: Date;
  nonce?: string;
  /** Common parameters replaced (or removed with undefined) before signing. */
  common?: Record<string, string | undefined>;
  /** Runs on the signed parameters, to break them after signing. */
  afterSigning?(params: Record<string, string>): void;
  /** Method used for the signature when it should differ from the one sent. */
  signAs?: string;
}

/** Calls a rule API with correctly signed parameters, unless the options break them. */
export function callApi(
  emulator: RunningEmulator,
  action: string,
  apiParams: Record<string, string> = {},
  options: CallOptions = {},
): Promise<HttpResult> {
  const method = options.method ?? "POST";
  const key = options.key ?? (emulator.accessKeys[0] as EmulatorAccessKey);

  const common: Record<string, string | undefined> = {
    Action: action,
    Version: "2020-06-30",
    Format: "JSON",
    AccessKeyId: key.id,
    SignatureMethod: "HMAC-SHA1",
    SignatureVersion: "1.0",
    SignatureNonce: options.nonce ?? randomUUID(),
    Timestamp: formatRequestTimestamp(options.at ?? new Date()),
    ...(key.securityToken === undefined ? {} : { SecurityToken: key.securityToken }),
    ...options.common,
  };
  const commonParams = definedOnly(common);
  const all = { ...commonParams, ...apiParams };
  const signed = { ...all, Signature: signParameters(options.signAs ?? method, all, key.secret) };
  options.afterSigning?.(signed);

  const placement = options.placement ?? (method === "GET" ? "query" : "body");
  const signedCommon = Object.fromEntries(
    Object.entries(signed).filter(([name]) => !Object.hasOwn(apiParams, name)),
  );
  const signedApi = Object.fromEntries(
    Object.entries(signed).filter(([name]) => Object.hasOwn(apiParams, name)),
  );
  const [inQuery, inBody] =
    placement === "query"
      ? [signed, {}]
      : placement === "body"
        ? [{}, signed]
        : [signedCommon, signedApi];

  const query = new URLSearchParams(inQuery).toString();
  const body = new URLSearchParams(inBody).toString();
  return rawRequest(emulator.url, {
    method,
    path: query ? `/?${query}` : "/",
    ...(body ? { body } : {}),
    headers: body ? { "content-type": "application/x-www-form-urlencoded" } : {},
  });
}

function definedOnly(values: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined) {
      result[name] = value;
    }
  }
  return result;
}

/** Starts emulators and temp folders for one test file and cleans them up afterwards. */
export class TestBed {
  readonly #emulators: RunningEmulator[] = [];
  readonly #folders: string[] = [];

  async start(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
    const emulator = await startEmulator({ port: 0, ...options });
    this.#emulators.push(emulator);
    return emulator;
  }

  async folder(): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), "idrs-emulator-test-"));
    this.#folders.push(folder);
    return folder;
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.#emulators.splice(0).map((emulator) => emulator.close()));
    await Promise.all(
      this.#folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
    );
  }
}

/** Creates a logger that keeps every line, for assertions on the request log. */
export function recordingLogger() {
  const lines: { level: string; message: string }[] = [];
  const log = (level: string) => (message: string) => lines.push({ level, message });
  return {
    lines,
    logger: { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") },
  };
}
