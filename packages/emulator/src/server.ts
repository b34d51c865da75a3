import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { generateTestAccessKey } from "./access-keys.js";
import { handleApiRequest } from "./api-handler.js";
import { isRuleAction } from "./apis.js";
import { controlPrefix, handleControlRequest } from "./control.js";
import { FaultController } from "./faults.js";
import { emulatorMessages } from "./messages.js";
import { NonceRegistry } from "./nonces.js";
import {
  defaultMaxBodyBytes,
  type EmulatorAccessKey,
  type EmulatorOptions,
  type RunningEmulator,
  silentEmulatorLogger,
} from "./options.js";
import { removeStaleTempFiles } from "./persistence.js";
import { EmulatorStartupError } from "./startup-error.js";
import { RuleStore } from "./store.js";

/**
 * Starts the emulator and resolves once it listens. Rejects with `EmulatorStartupError` when
 * the data file cannot be used or the address cannot be bound, and with a TypeError for
 * invalid options.
 */
export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  checkOptions(options);
  const host = options.host ?? "127.0.0.1";
  const logger = options.logger ?? silentEmulatorLogger;
  const messages = emulatorMessages[options.locale ?? "en"];
  const now = options.now ?? (() => new Date());
  const maxBodyBytes = options.maxBodyBytes ?? defaultMaxBodyBytes;

  const dataFile = options.dataFile === undefined ? undefined : resolve(options.dataFile);
  const store = await RuleStore.open(dataFile);
  if (dataFile) {
    for (const stale of await removeStaleTempFiles(dataFile)) {
      logger.warn(messages.logRemovedStaleFile(stale));
    }
  }

  const accessKeys = options.accessKeys ?? [generateTestAccessKey()];
  const faults = new FaultController(options.faults);
  const closing = new AbortController();

  const apiContext = {
    gateway: {
      accessKeys: new Map(accessKeys.map((key) => [key.id, key] as const)),
      nonces: new NonceRegistry(),
      isKnownAction: isRuleAction,
    },
    api: { store, now, newId: randomUUID },
    faults,
    logger,
    maxBodyBytes,
    closing: closing.signal,
  };

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const isControl = (request.url ?? "/").startsWith(controlPrefix);
    const handled = isControl
      ? handleControlRequest(request, response, { store, faults, maxBodyBytes })
      : handleApiRequest(request, response, apiContext);

    handled.catch((error: unknown) => {
      logger.error(`Request handling failed: ${error instanceof Error ? error.message : error}`);
      response.destroy();
    });
  });

  const port = await listen(server, host, options.port);
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  logger.info(messages.logListening(url, dataFile));

  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      closing.abort();
      const stopped = new Promise<void>((done) => server.close(() => done()));
      server.closeAllConnections();
      await stopped;
      await store.flush();
      logger.info(messages.logStopped(url));
    })();
    return closed;
  };

  return { url, port, host, accessKeys, store, faults, close };
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const onError = (error: Error) => {
      reject(
        new EmulatorStartupError("listenFailed", {
          file: `${host}:${port}`,
          detail: error.message,
        }),
      );
    };
    server.once("error", onError);
    server.listen(port, host, () => {
      server.off("error", onError);
      resolvePort((server.address() as AddressInfo).port);
    });
  });
}

function checkOptions(options: EmulatorOptions): void {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535) {
    throw new TypeError(`Emulator port must be an integer from 0 to 65535, got ${options.port}.`);
  }
  const maxBodyBytes = options.maxBodyBytes;
  if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
    throw new TypeError(`Emulator maxBodyBytes must be a positive integer, got ${maxBodyBytes}.`);
  }
  if (options.accessKeys !== undefined) {
    checkAccessKeys(options.accessKeys);
  }
}

function checkAccessKeys(keys: EmulatorAccessKey[]): void {
  if (keys.length === 0) {
    throw new TypeError("Emulator accessKeys is empty; leave it out to generate a test pair.");
  }
  for (const [index, key] of keys.entries()) {
    // The message names the position only, so a secret never reaches an error text.
    if (!key.id || !key.secret) {
      throw new TypeError(`Emulator accessKeys[${index}] needs a non-empty id and secret.`);
    }
  }
}
