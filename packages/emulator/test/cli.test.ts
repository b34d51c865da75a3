import { EventEmitter } from "node:events";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { type EmulatorLocale, type RunningEmulator, runEmulatorCli } from "@idrs-rules/emulator";
import { afterEach, describe, expect, it } from "vitest";
import { callApi, rawRequest, TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

/** Runs the CLI in-process with captured output and a fake signal source. */
function runCli(argv: string[], locale: EmulatorLocale = "en") {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (chunk) => {
    out += chunk;
  });
  stderr.on("data", (chunk) => {
    err += chunk;
  });

  const signals = new EventEmitter();
  let markReady: (emulator: RunningEmulator) => void = () => {};
  const ready = new Promise<RunningEmulator>((resolve) => {
    markReady = resolve;
  });
  const exit = runEmulatorCli(argv, {
    stdout,
    stderr,
    locale,
    signals,
    onReady: markReady,
    logger: { debug() {}, info() {}, warn() {}, error() {} },
  });
  return { exit, ready, signals, stdout: () => out, stderr: () => err };
}

describe("runEmulatorCli", () => {
  it("prints a generated test key with export lines and stops on SIGINT", async () => {
    const cli = runCli(["--port", "0"]);
    const emulator = await cli.ready;
    const key = emulator.accessKeys[0];
    const output = cli.stdout();

    expect(output).toContain(`Listening on ${emulator.url}`);
    expect(output).toContain("It is printed on purpose");
    expect(output).toContain(`export ALIBABA_CLOUD_ACCESS_KEY_ID=${key?.id}`);
    expect(output).toContain(`export ALIBABA_CLOUD_ACCESS_KEY_SECRET=${key?.secret}`);
    expect(output).toContain(`--endpoint ${emulator.url}`);
    expect(output).toContain("rules are kept in memory");
    expect((await callApi(emulator, "ListRules")).status).toBe(200);

    cli.signals.emit("SIGINT");
    expect(await cli.exit).toBe(0);
    expect(cli.stdout()).toContain("Emulator stopped.");
    await expect(
      rawRequest(emulator.url, { method: "GET", path: "/_emulator/rules" }),
    ).rejects.toThrow();
  });

  it("never prints a secret that was passed in", async () => {
    const folder = await bed.folder();
    const cli = runCli([
      "--data",
      join(folder, "rules.json"),
      "--access-key-id",
      "my-id",
      "--access-key-secret",
      "do-not-print-me",
    ]);
    const emulator = await cli.ready;

    expect(cli.stdout()).toContain("export ALIBABA_CLOUD_ACCESS_KEY_ID=my-id");
    expect(cli.stdout()).toContain("'<the secret you passed>'");
    expect(cli.stdout()).toContain(join(folder, "rules.json"));
    const call = await callApi(
      emulator,
      "ListRules",
      {},
      { key: { id: "my-id", secret: "do-not-print-me" } },
    );
    expect(call.status).toBe(200);

    cli.signals.emit("SIGTERM");
    expect(await cli.exit).toBe(0);
    expect(cli.stdout() + cli.stderr()).not.toContain("do-not-print-me");
  });

  it("prints Chinese texts for zh-CN", async () => {
    const cli = runCli([], "zh-CN");
    await cli.ready;
    expect(cli.stdout()).toContain("并非阿里云的真实服务");
    expect(cli.stdout()).toContain("特意打印出来");

    cli.signals.emit("SIGINT");
    expect(await cli.exit).toBe(0);
    expect(cli.stdout()).toContain("模拟器已停止。");
  });

  it.each([
    [["--port", "70000"], "Invalid --port value"],
    [["--port", "abc"], "Invalid --port value"],
    [["--access-key-id", "only-id"], "go together"],
    [["--max-body-bytes", "0"], "Invalid --max-body-bytes"],
    [["--colour"], "--help"],
    [["extra"], "--help"],
  ])("exits with 2 for %o", async (argv, message) => {
    const cli = runCli(argv);
    expect(await cli.exit).toBe(2);
    expect(cli.stderr()).toContain(message);
  });

  it("exits with 1 and a localized message for a corrupt data file", async () => {
    const dataFile = join(await bed.folder(), "rules.json");
    await writeFile(dataFile, "{not json");

    const cli = runCli(["--data", dataFile], "zh-CN");
    expect(await cli.exit).toBe(1);
    expect(cli.stderr()).toContain(dataFile);
    expect(cli.stderr()).toContain("模拟器没有改动该文件");
  });

  it("exits with 1 when the port is occupied", async () => {
    const occupied = await bed.start();
    const cli = runCli(["--port", String(occupied.port)]);
    expect(await cli.exit).toBe(1);
    expect(cli.stderr()).toContain(`127.0.0.1:${occupied.port}`);
  });

  it("shows help in both languages", async () => {
    const en = runCli(["--help"]);
    expect(await en.exit).toBe(0);
    expect(en.stdout()).toContain("Usage: idrs-rules emulator");

    const zh = runCli(["-h"], "zh-CN");
    expect(await zh.exit).toBe(0);
    expect(zh.stdout()).toContain("用法：idrs-rules emulator");
  });

  it("stops on a signal sent at readiness", async () => {
    const signals = new EventEmitter();
    const output = new PassThrough();
    const exit = runEmulatorCli([], {
      stdout: output,
      stderr: output,
      locale: "en",
      signals,
      onReady: () => signals.emit("SIGTERM"),
      logger: { debug() {}, info() {}, warn() {}, error() {} },
    });
    expect(await exit).toBe(0);
  });
});
