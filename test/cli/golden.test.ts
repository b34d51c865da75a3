import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";

const fixture = fileURLToPath(new URL("../fixtures/cli/", import.meta.url));
const goldenFolder = fileURLToPath(new URL("../golden/", import.meta.url));
const update = process.env.UPDATE_GOLDEN === "1";

interface GoldenCase {
  file: string;
  args: string[];
  code: number;
  env?: Record<string, string>;
  /** `both` appends standard error after a separator line, for commands that report there. */
  streams?: "stdout" | "both";
}

const cases: GoldenCase[] = [
  { file: "lint.stylish.txt", args: ["lint"], code: 1 },
  { file: "lint.stylish-color.txt", args: ["lint"], code: 1, env: { FORCE_COLOR: "1" } },
  { file: "lint.stylish.zh-CN.txt", args: ["lint", "--lang", "zh-CN"], code: 1 },
  {
    file: "lint.quiet.txt",
    args: ["lint", "--quiet", "rules/终身寿险.idrs", "rules/bom.idrs"],
    code: 0,
  },
  { file: "lint.json", args: ["lint", "--format", "json"], code: 1 },
  { file: "lint.sarif.json", args: ["lint", "--format", "sarif"], code: 1 },
  { file: "lint.github.txt", args: ["lint", "--format", "github"], code: 1 },
  { file: "lint.junit.xml", args: ["lint", "--format", "junit"], code: 1 },
  { file: "fmt.layout.idrs", args: ["fmt", "rules/layout.idrs"], code: 0 },
  { file: "fmt.check.txt", args: ["fmt", "--check", "rules"], code: 1, streams: "both" },
  { file: "compile.终身寿险.json", args: ["compile", "rules/终身寿险.idrs"], code: 0 },
  {
    file: "compile.终身寿险.pretty.json",
    args: ["compile", "rules/终身寿险.idrs", "--pretty"],
    code: 0,
  },
  {
    file: "compile.multi.json",
    args: ["compile", "rules/multi.idrs", "--rule", "基金销售 网点"],
    code: 0,
  },
  {
    file: "compile.legacy.json",
    args: ["compile", "rules/legacy.rule.json"],
    code: 1,
    streams: "both",
  },
  { file: "decompile.sample.idrs", args: ["decompile", "content/sample.json"], code: 0 },
  {
    file: "decompile.named.idrs",
    args: ["decompile", "content/sample.json", "--name", "终身寿险 双录质检"],
    code: 0,
  },
];

/** Absolute paths differ per machine; SARIF's SRCROOT is the only one in the outputs. */
function normalize(text: string): string {
  return text.split(pathToFileURL(fixture).href).join("file:///FIXTURE/");
}

describe("golden outputs over test/fixtures/cli", () => {
  it.each(cases)("$file", ({ file, args, code, env, streams }) => {
    const result = runCli(args, { cwd: fixture, env });
    const actual = normalize(
      streams === "both" ? `${result.stdout}--- stderr ---\n${result.stderr}` : result.stdout,
    );
    const path = `${goldenFolder}${file}`;

    if (update) {
      mkdirSync(goldenFolder, { recursive: true });
      writeFileSync(path, actual);
    }
    expect(existsSync(path), `missing golden file ${file}: run npm run golden:update`).toBe(true);
    expect(actual).toBe(readFileSync(path, "utf8"));
    expect(result.code, result.stderr).toBe(code);
    if (streams !== "both") expect(result.stderr).toBe("");
  });
});
