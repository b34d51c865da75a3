import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const examples = fileURLToPath(new URL("../../examples/", import.meta.url));
const hasExamples =
  existsSync(examples) &&
  readdirSync(examples).some((name) => name.endsWith(".idrs") || !name.includes("."));

describe("examples folder", () => {
  it.skipIf(!hasExamples)("lints clean with a summary", () => {
    const result = runCli(["lint"], { cwd: examples });
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^✔ \d+ files checked, no problems\n$/);
    expect(result.code).toBe(0);
  });

  it.skipIf(!hasExamples)("formats every .idrs file canonically", () => {
    const result = runCli(["fmt", "--check"], { cwd: examples });
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  });
});
