import { execFileSync } from "node:child_process";
import { lstat, mkdir, readFile, symlink } from "node:fs/promises";
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

/** A rule with a full-width colon, which `lint --fix` replaces. */
const fixableRule =
  'rule "甲" {\n  throughout: face_track\n  step 1："身份核验": id_card_recognize\n}\n';
const isPosix = process.platform !== "win32";

describe("writing through symbolic links", () => {
  it.runIf(isPosix)("lint --fix writes the link's target and keeps the link", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "tab.idrs": fixableRule });
    await symlink("tab.idrs", join(cwd, "link.idrs"));

    const result = runCli(["lint", "--fix", "link.idrs"], { cwd });
    expect(result.stderr).toContain("Fixed 1 problem");
    expect((await lstat(join(cwd, "link.idrs"))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(cwd, "tab.idrs"), "utf8")).toContain("step 1:");
  });

  it.runIf(isPosix)("fmt --write writes the link's target and keeps the link", async () => {
    const cwd = await folder({
      "idrs.config.json": "{}",
      "tab.idrs": 'rule "甲" {\nthroughout:   face_track\n}\n',
    });
    await symlink("tab.idrs", join(cwd, "link.idrs"));

    const result = runCli(["fmt", "--write", "link.idrs"], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect((await lstat(join(cwd, "link.idrs"))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(cwd, "tab.idrs"), "utf8")).toContain("  throughout: face_track");
  });

  it.runIf(isPosix)("reads a file reached through a link and its own name once", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "tab.idrs": cleanRule });
    await symlink("tab.idrs", join(cwd, "link.idrs"));

    for (const args of [
      ["lint", "."],
      ["lint", "tab.idrs"],
      ["lint", "link.idrs"],
    ]) {
      const result = runCli(args, { cwd });
      expect(result.stdout, args.join(" ")).toBe("✔ 1 file checked, no problems\n");
    }
  });
});

describe("lint --output", () => {
  it.each([
    ["the same name", "w.idrs"],
    ["another spelling", "./sub/../w.idrs"],
  ])("refuses to overwrite a checked file given by %s", async (_name, output) => {
    const cwd = await folder({ "idrs.config.json": "{}", "w.idrs": cleanRule, "sub/x": "" });
    const result = runCli(["lint", "-o", output, "--format", "json", "w.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("a rule file or the configuration of this project");
    expect(await readFile(join(cwd, "w.idrs"), "utf8")).toBe(cleanRule);
  });

  it.each([
    ["another rule file of the project", "b.rule.json"],
    ["the configuration", "idrs.config.json"],
    ["a new file named like a rule file", "report.rule.json"],
  ])("refuses to write the report over %s", async (_name, output) => {
    const other =
      '{"name":"乙","content":[{"sequence":1,"actions":[{"name":"id_card_recognize"}]}]}';
    const cwd = await folder({
      "idrs.config.json": "{}",
      "w.idrs": cleanRule,
      "b.rule.json": other,
    });
    const result = runCli(["lint", "-o", output, "w.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`The report would overwrite "${output}"`);
    expect(await readFile(join(cwd, "b.rule.json"), "utf8")).toBe(other);
    expect(await readFile(join(cwd, "idrs.config.json"), "utf8")).toBe("{}");
  });

  it.runIf(process.platform === "linux")("fails on a folder it cannot create", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "w.idrs": cleanRule });
    const result = runCli(["lint", "-o", "/proc/nope/x.json", "w.idrs"], { cwd, timeout: 20_000 });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot write "/proc/nope/x.json": its folder does not exist');
  });

  it("says that a part of the path is a file, in both languages", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "w.idrs": cleanRule });
    const en = runCli(["lint", "-o", "w.idrs/x.json", "w.idrs"], { cwd });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("a part of the path is a file, not a folder");
    expect(en.stderr).not.toContain("EEXIST");
    const zh = runCli(["lint", "-o", "w.idrs/x.json", "w.idrs", "--lang", "zh-CN"], { cwd });
    expect(zh.stderr).toContain("路径中有一部分是文件，不是文件夹");
  });

  it("creates missing folders of the report", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "w.idrs": cleanRule });
    const result = runCli(["lint", "-o", "out/deep/r.json", "--format", "json", "w.idrs"], {
      cwd,
    });
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(join(cwd, "out/deep/r.json"), "utf8")).summary.files).toBe(1);
  });
});

describe("usage errors in plain words", () => {
  it("explains a --config that is a folder", async () => {
    const cwd = await folder({ "sd/x": "", "a.idrs": cleanRule });
    const result = runCli(["lint", "--config", "sd"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("it is a folder");
    expect(result.stderr).not.toContain("EISDIR");
  });

  it("says that --lang needs a value", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["lint", "--lang"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("--lang needs a value: zh-CN or en.\n");
  });
});

describe("the project root without a configuration file", () => {
  it("is the folder of the first path, not the current folder", async () => {
    const cwd = await folder({ "x/five.idrs": cleanRule, "other.idrs": cleanRule });
    const result = runCli(["lint", "x/five.idrs"], { cwd });
    expect(result.stdout).toBe("✔ 1 file checked, no problems\n");
  });

  it("is the root of the git work tree holding the first path", async () => {
    const cwd = await folder({ "repo/sub/a.idrs": cleanRule, "repo/b.idrs": cleanRule });
    await mkdir(join(cwd, "repo/.git"));
    const result = runCli(["lint", "repo/sub/a.idrs"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("duplicate-rule-name");
    expect(result.stdout).toContain("↳ repo/b.idrs:1:6");
  });
});

describe("files that are not regular files", () => {
  it.runIf(isPosix)("reports a pipe named like a rule file", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "a.idrs": cleanRule });
    execFileSync("mkfifo", [join(cwd, "p.idrs")]);
    const result = runCli(["lint", "--format", "json", "."], { cwd, timeout: 20_000 });
    const files = JSON.parse(result.stdout).files;
    expect(files.map((file: { path: string }) => file.path)).toEqual(["a.idrs", "p.idrs"]);
    expect(files[1].diagnostics[0].code).toBe("file-unreadable");
    expect(files[1].diagnostics[0].message).toContain("not a regular file");
    expect(result.code).toBe(1);
  });

  it.runIf(process.platform === "linux")("never reads a link to a device", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "a.idrs": cleanRule });
    await symlink("/dev/zero", join(cwd, "u.rule.json"));
    expect(runCli(["lint", "a.idrs"], { cwd, timeout: 20_000 }).code).toBe(0);
    const result = runCli(["lint", "u.rule.json"], { cwd, timeout: 20_000 });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("not a regular file");
  });

  it("reports a file larger than 16 MiB as too large", async () => {
    const cwd = await folder({
      "idrs.config.json": "{}",
      "big.rule.json": new Uint8Array(16 * 1024 * 1024 + 1),
    });
    const result = runCli(["lint", "big.rule.json", "--lang", "zh-CN"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("文件过大（超过 16 MiB）");
  });
});

describe("files left out by the configuration", () => {
  it("names include/exclude when a folder's files are all excluded", async () => {
    const cwd = await folder({
      "idrs.config.json": '{"exclude":["规则/银行/**"]}',
      "规则/银行/a.idrs": cleanRule,
    });
    const result = runCli(["lint", "规则/银行"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"include" and "exclude" patterns of idrs.config.json');
  });

  it("names include/exclude when include selects no rule file", async () => {
    const cwd = await folder({
      "idrs.config.json": '{"include":["**/*.txt"]}',
      "a.idrs": cleanRule,
    });
    const result = runCli(["lint"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Rule files there (1) are left out");
  });

  it.each([[".drafts"], ["node_modules/pkg"]])(
    "names the skipped folders, not the patterns, for %s",
    async (path) => {
      const cwd = await folder({ "idrs.config.json": "{}", [`${path}/a.idrs`]: cleanRule });
      const result = runCli(["lint", path], { cwd });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("folders whose name starts with a dot, and node_modules");
      expect(result.stderr).not.toContain('"include" and "exclude"');
    },
  );
});

describe("fmt and compile messages", () => {
  it("counts a file with syntax errors and shows no ✔", async () => {
    const cwd = await folder({
      "idrs.config.json": "{}",
      "good.idrs": 'rule "好" {\n  throughout: face_track\n}\n',
      "bad.idrs": 'rule "坏" {\n  step 1 face_track\n',
    });
    const check = runCli(["fmt", "--check", "."], { cwd });
    expect(check.code).toBe(1);
    expect(check.stderr).not.toContain("✔");
    expect(check.stderr).toContain("✖ 1 file could not be formatted; 1 already formatted");
    const write = runCli(["fmt", "--write", "."], { cwd });
    expect(write.code).toBe(1);
    expect(write.stderr).not.toContain("✔");
    expect(write.stderr).toContain("✖ 1 file could not be formatted; 0 reformatted, 1 unchanged");
  });

  it("suggests only options the command has", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "empty/x.txt": "" });
    const fmt = runCli(["fmt", "--check", "empty"], { cwd });
    expect(fmt.code).toBe(2);
    expect(fmt.stderr).not.toContain("--no-error-on-unmatched-pattern");
    const compile = runCli(["compile", "empty"], { cwd });
    expect(compile.code).toBe(2);
    expect(compile.stderr).toContain('"empty" is a folder');
    expect(compile.stderr).not.toContain("--no-error-on-unmatched-pattern");
  });

  it("says that fmt formats only .idrs files", async () => {
    const cwd = await folder({ "idrs.config.json": "{}", "x.rule.json": "{}" });
    const result = runCli(["fmt", "x.rule.json"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("fmt formats .idrs files only");
  });

  it("points decompile of an .idrs file to compile", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["decompile", "a.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("run idrs-rules compile a.idrs");
  });

  it.runIf(isPosix)(
    "treats an unreadable file named on the command line as a finding",
    async () => {
      const cwd = await folder({ "idrs.config.json": "{}" });
      await symlink("missing.idrs", join(cwd, "broken.idrs"));
      for (const command of ["lint", "compile", "fmt"]) {
        const result = runCli([command, "broken.idrs"], { cwd });
        expect(result.code, `${command}: ${result.stderr}`).toBe(1);
      }
    },
  );
});

describe("reports of hostile names", () => {
  it("escapes control characters in stylish and github output", async () => {
    const cwd = await folder({
      "idrs.config.json": "{}",
      "e.idrs": 'rule "E" {\n  step 1: "\\u001b[31mRED", "a\\nb"\n}\n',
    });
    for (const format of ["stylish", "github"]) {
      const result = runCli(["lint", "--format", format, "e.idrs"], { cwd });
      expect(result.stdout).not.toContain("\u001b");
      expect(result.stdout).toContain("'\\u001B[31mRED'");
      expect(result.stdout).toContain("'a\\nb'");
    }
  });

  it("prints the related locations of a finding", async () => {
    const cwd = await folder({
      "idrs.config.json": "{}",
      "a.idrs": ruleWithError,
      "b.idrs": ruleWithError,
    });
    const result = runCli(["lint", "a.idrs"], { cwd });
    expect(result.stdout).toMatch(/^ {4}↳ b\.idrs:1:6 {2}\S/m);
  });
});
