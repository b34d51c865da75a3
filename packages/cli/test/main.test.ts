import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runInProcess } from "./helpers.js";

const version = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    version: string;
  }
).version;

describe("main: global options", () => {
  it("prints the version", async () => {
    const result = await runInProcess(["--version"]);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("prints the global help with every command", async () => {
    const result = await runInProcess(["--help"]);
    expect(result.code).toBe(0);
    for (const name of ["lint", "fmt", "compile", "decompile"])
      expect(result.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
  });

  it("prints the help in Chinese for --lang zh-CN", async () => {
    const result = await runInProcess(["--lang", "zh-CN", "--help"]);
    expect(result.stdout).toContain("用法：idrs-rules");
  });

  it("takes the language from LANG", async () => {
    const result = await runInProcess(["--help"], { env: { LANG: "zh_CN.UTF-8" } });
    expect(result.stdout).toContain("用法：idrs-rules");
  });

  it("prefers LC_ALL over LANG", async () => {
    const result = await runInProcess(["--help"], {
      env: { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" },
    });
    expect(result.stdout).toContain("Usage: idrs-rules");
  });

  it("rejects an unknown language", async () => {
    const result = await runInProcess(["--lang", "fr", "--help"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"fr"');
  });
});

describe("main: usage errors", () => {
  it("asks for a command", async () => {
    const result = await runInProcess([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Missing command");
  });

  it("suggests the nearest command", async () => {
    const result = await runInProcess(["lnit"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean "lint"?');
    expect(result.stdout).toBe("");
  });

  it("suggests the nearest option", async () => {
    const result = await runInProcess(["lint", "--max-warning", "0"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown option "--max-warning"');
    expect(result.stderr).toContain('Did you mean "--max-warnings"?');
  });

  it("reports an unknown global option", async () => {
    const result = await runInProcess(["--verison"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Did you mean "--version"?');
  });

  it("reports a missing option value", async () => {
    const result = await runInProcess(["lint", "--format"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"--format" needs a value');
  });

  it("does not take the next option as a value", async () => {
    const result = await runInProcess(["lint", "--format", "--quiet"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"--format" needs a value');
  });

  it("reports a value given to a flag", async () => {
    const result = await runInProcess(["lint", "--quiet=yes"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"--quiet" does not take a value');
  });

  it("writes usage errors in Chinese", async () => {
    const result = await runInProcess(["lnit", "--lang", "zh-CN"]);
    expect(result.stderr).toContain('您是否想用 "lint"？');
  });

  it("never prints a stack trace for a usage error", async () => {
    const result = await runInProcess(["lint", "--format", "xml"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown report format "xml"');
    expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe("main: command help", () => {
  it.each(["lint", "fmt", "compile", "decompile"])("prints the help of %s", async (name) => {
    const result = await runInProcess([name, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Usage: idrs-rules ${name}`);
    expect(result.stdout).toContain("Exit codes:");
  });

  it("prints the help of a command in Chinese", async () => {
    const result = await runInProcess(["lint", "-h", "--lang=zh-CN"]);
    expect(result.stdout).toContain("用法：idrs-rules lint");
  });
});

describe("main: internal errors", () => {
  it("prints a bug report and exits with 70", async () => {
    const { Writable, PassThrough } = await import("node:stream");
    const { main } = await import("../src/main.js");
    const { Capture } = await import("./helpers.js");
    const broken = new Writable({ write: (_chunk, _encoding, done) => done() });
    broken.write = () => {
      throw new Error("stream exploded");
    };
    const stderr = new Capture();

    const code = await main(["--version"], {
      stdout: broken,
      stderr,
      stdin: new PassThrough(),
      env: {},
    });

    expect(code).toBe(70);
    expect(stderr.text).toContain("stream exploded");
    expect(stderr.text).toContain("This is a bug in idrs-rules");
    expect(stderr.text).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
