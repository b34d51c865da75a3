import type { EventEmitter } from "node:events";
import { resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { type EmulatorLocale, type EmulatorMessages, emulatorMessages } from "./messages.js";
import type { EmulatorAccessKey, EmulatorLogger, RunningEmulator } from "./options.js";
import { startEmulator } from "./server.js";
import { EmulatorStartupError } from "./startup-error.js";

/** Options of `idrs-rules emulator`, for the CLI's command definition. */
export const emulatorCliOptions = {
  port: { type: "string" },
  data: { type: "string" },
  "access-key-id": { type: "string" },
  "access-key-secret": { type: "string" },
  "max-body-bytes": { type: "string" },
  help: { type: "boolean", short: "h" },
} satisfies NonNullable<ParseArgsConfig["options"]>;

export interface EmulatorCliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  locale: EmulatorLocale;
  /** Source of SIGINT and SIGTERM. Defaults to `process`; tests pass an EventEmitter. */
  signals?: EventEmitter;
  /** Called once the emulator listens, with the running emulator. */
  onReady?(emulator: RunningEmulator): void;
  /** Receives the request log. Defaults to one line per request on stderr. */
  logger?: EmulatorLogger;
}

/** Exit codes: 0 after a clean stop or `--help`, 1 when it cannot start, 2 for bad arguments. */
export async function runEmulatorCli(argv: readonly string[], io: EmulatorCliIo): Promise<number> {
  const messages = emulatorMessages[io.locale];
  const say = (line = "") => io.stdout.write(`${line}\n`);

  const parsed = parseArguments(argv, messages);
  if (typeof parsed === "string") {
    io.stderr.write(`${parsed}\n`);
    return 2;
  }
  if (parsed.help) {
    io.stdout.write(messages.help);
    return 0;
  }

  let emulator: RunningEmulator;
  try {
    emulator = await startEmulator({
      port: parsed.port,
      ...(parsed.dataFile === undefined ? {} : { dataFile: parsed.dataFile }),
      ...(parsed.accessKey === undefined ? {} : { accessKeys: [parsed.accessKey] }),
      ...(parsed.maxBodyBytes === undefined ? {} : { maxBodyBytes: parsed.maxBodyBytes }),
      logger: io.logger ?? stderrLogger(io.stderr),
      locale: io.locale,
    });
  } catch (error) {
    if (error instanceof EmulatorStartupError) {
      io.stderr.write(`${error.localizedMessage(io.locale)}\n`);
      return 1;
    }
    throw error;
  }

  // Listen for signals before announcing readiness, so a signal sent right away is not lost.
  const stopSignal = waitForStopSignal(io.signals ?? process);
  say(messages.banner);
  say(messages.listening(emulator.url));
  say(parsed.dataFile === undefined ? messages.memoryOnly : messages.dataFile(parsed.dataFile));
  say();
  printKeyAndExports(say, messages, emulator, parsed.accessKey !== undefined);
  say();
  say(messages.controlHint(emulator.url));
  say(messages.stopHint);
  io.onReady?.(emulator);

  const signal = await stopSignal;
  say(messages.stopping(signal));
  await emulator.close();
  say(messages.stopped);
  return 0;
}

/**
 * Prints the access key and the lines to export. A generated test key is printed in full,
 * because it opens nothing but this local server; a key the user passed never shows its secret.
 */
function printKeyAndExports(
  say: (line?: string) => void,
  messages: EmulatorMessages,
  emulator: RunningEmulator,
  keyWasGiven: boolean,
): void {
  const key = emulator.accessKeys[0] as EmulatorAccessKey;

  if (keyWasGiven) {
    say(messages.givenKey(key.id));
  } else {
    say(messages.generatedKey);
    say(`  AccessKeyId:     ${key.id}`);
    say(`  AccessKeySecret: ${key.secret}`);
  }
  say();
  say(messages.exportIntro);
  say(`  export ALIBABA_CLOUD_ACCESS_KEY_ID=${shellQuote(key.id)}`);
  const secret = keyWasGiven ? shellQuote(messages.secretPlaceholder) : shellQuote(key.secret);
  say(`  export ALIBABA_CLOUD_ACCESS_KEY_SECRET=${secret}`);
  say(messages.endpointHint(emulator.url));
}

interface CliArguments {
  help: boolean;
  port: number;
  dataFile?: string;
  accessKey?: EmulatorAccessKey;
  maxBodyBytes?: number;
}

/** Parses the arguments, or returns the localized error text for bad ones. */
function parseArguments(
  argv: readonly string[],
  messages: EmulatorMessages,
): CliArguments | string {
  let values: { [name in keyof typeof emulatorCliOptions]?: string | boolean };
  try {
    values = parseArgs({
      args: [...argv],
      options: emulatorCliOptions,
      allowPositionals: false,
    }).values;
  } catch (error) {
    return messages.badArguments(error instanceof Error ? error.message : String(error));
  }
  if (values.help === true) {
    return { help: true, port: 0 };
  }

  const portText = (values.port as string | undefined) ?? "0";
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : -1;
  if (port < 0 || port > 65535) {
    return messages.invalidPort(portText);
  }

  const maxText = values["max-body-bytes"] as string | undefined;
  const maxBodyBytes = maxText === undefined ? undefined : Number(maxText);
  if (maxText !== undefined && !(/^\d{1,12}$/.test(maxText) && (maxBodyBytes as number) > 0)) {
    return messages.invalidMaxBodyBytes(maxText);
  }

  const id = values["access-key-id"] as string | undefined;
  const secret = values["access-key-secret"] as string | undefined;
  if (Boolean(id) !== Boolean(secret)) {
    return messages.incompleteKeyPair;
  }

  const data = values.data as string | undefined;
  return {
    help: false,
    port,
    ...(data ? { dataFile: resolve(data) } : {}),
    ...(id && secret ? { accessKey: { id, secret } } : {}),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
  };
}

function waitForStopSignal(signals: EventEmitter): Promise<string> {
  return new Promise((resolveSignal) => {
    const onInterrupt = () => stop("SIGINT");
    const onTerminate = () => stop("SIGTERM");
    const stop = (name: string) => {
      signals.off("SIGINT", onInterrupt);
      signals.off("SIGTERM", onTerminate);
      resolveSignal(name);
    };
    signals.once("SIGINT", onInterrupt);
    signals.once("SIGTERM", onTerminate);
  });
}

function stderrLogger(stderr: NodeJS.WritableStream): EmulatorLogger {
  const write = (message: string) => stderr.write(`[emulator] ${message}\n`);
  return { debug() {}, info: write, warn: write, error: write };
}

/** Quotes a value for a POSIX shell when it has characters the shell would interpret. */
function shellQuote(value: string): string {
  return /^[A-Za-z0-9_.\-/:=]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}
