import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { cleanRule, makeFolder, removeFolder, ruleWithError } from "./temp-folder.js";

const folders: string[] = [];
async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await makeFolder(files);
  folders.push(root);
  return root;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

const messy = 'rule "甲" { throughout: face_track ,speech_to_text;\nstep 1: id_card_recognize,}\n';
const syntaxError = 'rule "乙" {\n  step one: face_track\n}\n';

describe("fmt", () => {
  it("prints the formatted text of one file", async () => {
    const cwd = await folder({ "a.idrs": messy });
    const result = runCli(["fmt", "a.idrs"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'rule "甲" {\n  throughout: face_track, speech_to_text\n  step 1: id_card_recognize\n}\n',
    );
    expect(await readFile(join(cwd, "a.idrs"), "utf8")).toBe(messy);
  });

  it("asks for a mode when given several files", async () => {
    const cwd = await folder({ "a.idrs": messy, "b.idrs": cleanRule });
    const result = runCli(["fmt"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Add --check or --write");
  });

  it("lists files that would change with --check", async () => {
    const cwd = await folder({ "a.idrs": messy, "b.idrs": cleanRule });
    const result = runCli(["fmt", "--check"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("a.idrs\n");
    expect(runCli(["fmt", "--check", "b.idrs"], { cwd }).code).toBe(0);
  });

  it("rewrites only the files that change with --write", async () => {
    const cwd = await folder({ "a.idrs": messy, "b.idrs": cleanRule });
    const before = await stat(join(cwd, "b.idrs"));
    const result = runCli(["fmt", "--write"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("a.idrs\n");
    expect(runCli(["fmt", "--check"], { cwd }).code).toBe(0);
    expect((await stat(join(cwd, "b.idrs"))).ino).toBe(before.ino);
  });

  it("refuses a file with syntax errors and goes on with the others", async () => {
    const cwd = await folder({ "a.idrs": messy, "bad.idrs": syntaxError });
    const result = runCli(["fmt", "--write"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("bad.idrs: not formatted because of syntax errors");
    expect(result.stderr).toMatch(/bad\.idrs:2:\d+: error: /);
    expect(await readFile(join(cwd, "bad.idrs"), "utf8")).toBe(syntaxError);
    expect(await readFile(join(cwd, "a.idrs"), "utf8")).not.toBe(messy);
  });

  it("rejects --check with --write", async () => {
    const cwd = await folder({ "a.idrs": messy });
    expect(runCli(["fmt", "--check", "--write"], { cwd }).code).toBe(2);
  });
});

describe("compile", () => {
  it("prints compact JSON followed by a newline", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["compile", "a.idrs"], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(`${JSON.stringify(JSON.parse(result.stdout))}\n`);
    expect(JSON.parse(result.stdout)[0]).toEqual({
      sequence: 0,
      actions: [{ name: "face_track" }, { name: "speech_to_text" }],
    });
  });

  it("prints nothing and exits 1 when the rule has errors", async () => {
    const cwd = await folder({ "a.idrs": syntaxError });
    const result = runCli(["compile", "a.idrs"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/a\.idrs:2:\d+: error: .*\(syntax-error\)/);
  });

  it("needs --rule for a file with several rules", async () => {
    const cwd = await folder({
      "a.idrs": `${cleanRule}\n${ruleWithError.replace("年金险", "丙")}`,
    });
    const result = runCli(["compile", "a.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'choose one with --rule NAME: "终身寿险 双录质检", "丙 双录质检"',
    );
    expect(runCli(["compile", "a.idrs", "--rule", "终身寿险 双录质检"], { cwd }).code).toBe(0);
    expect(runCli(["compile", "a.idrs", "--rule", "丁"], { cwd }).code).toBe(2);
  });

  it("exits 2 for a missing file", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["compile", "b.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Path not found: "b.idrs"');
  });
});

describe("decompile", () => {
  const content =
    '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]},{"sequence":0,"actions":[{"name":"face_track"}]}]';

  it("names bare content after the file", async () => {
    const cwd = await folder({ "终身寿险.json": content });
    const result = runCli(["decompile", "终身寿险.json"], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('rule "终身寿险" {');
  });

  it("round-trips through compile", async () => {
    const cwd = await folder({ "c.json": content });
    const idrs = runCli(["decompile", "c.json", "-o", "c.idrs"], { cwd });
    expect(idrs.code, idrs.stderr).toBe(0);
    expect(runCli(["compile", "c.idrs"], { cwd }).stdout).toBe(`${content}\n`);
  });

  it("refuses to overwrite without --force", async () => {
    const cwd = await folder({ "c.json": content, "c.idrs": "// keep me\n" });
    const result = runCli(["decompile", "c.json", "-o", "c.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("add --force");
    expect(await readFile(join(cwd, "c.idrs"), "utf8")).toBe("// keep me\n");
    expect(runCli(["decompile", "c.json", "-o", "c.idrs", "--force"], { cwd }).code).toBe(0);
    expect(await readFile(join(cwd, "c.idrs"), "utf8")).toContain("rule");
  });

  it("exits 1 for invalid JSON", async () => {
    const cwd = await folder({ "c.json": "[{" });
    const result = runCli(["decompile", "c.json"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("c.json:1:");
  });
});
