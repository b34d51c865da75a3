import { chmod, readFile, symlink } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { bom, cleanRule, makeFolder, removeFolder, ruleWithError } from "./temp-folder.js";

const folders: string[] = [];
async function folder(files: Record<string, string | Uint8Array>): Promise<string> {
  const root = await makeFolder(files);
  folders.push(root);
  return root;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

describe("lint: exit codes", () => {
  it("exits 0 with a summary on clean files", async () => {
    const cwd = await folder({
      "a.idrs": cleanRule,
      "b.rule.json": '{"name":"乙","content":[{"sequence":0,"actions":[{"name":"face_track"}]}]}',
    });
    const result = runCli(["lint"], { cwd });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toBe("✔ 2 files checked, no problems\n");
  });

  it("exits 1 on an error", async () => {
    const cwd = await folder({ "a.idrs": ruleWithError });
    const result = runCli(["lint"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("unknown-action");
    expect(result.stdout).toMatch(/^✖ 1 problem \(1 error, 0 warnings\)$/m);
  });

  it("exits 1 when warnings exceed --max-warnings", async () => {
    const cwd = await folder({ "a.idrs": Buffer.concat([bom, Buffer.from(cleanRule)]) });
    expect(runCli(["lint"], { cwd }).code).toBe(0);
    const result = runCli(["lint", "--max-warnings", "0"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Too many warnings: 1");
  });

  it("hides warnings with --quiet", async () => {
    const cwd = await folder({ "a.idrs": Buffer.concat([bom, Buffer.from(cleanRule)]) });
    const result = runCli(["lint", "--quiet", "--max-warnings", "0"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("✔ 1 file checked, no problems\n");
  });

  it("rejects a negative --max-warnings", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["lint", "--max-warnings", "-1"], { cwd });
    expect(result.code).toBe(2);
  });
});

describe("lint: paths", () => {
  it("exits 2 for a path that does not exist", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["lint", "missing.idrs", "a.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Path not found: "missing.idrs"');
    expect(result.stdout).toBe("");
  });

  it("exits 2 for a file that is not a rule file", async () => {
    const cwd = await folder({ "notes.txt": "not a rule" });
    const result = runCli(["lint", "notes.txt"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('"notes.txt" is not a rule file');
  });

  it("exits 2 for a folder without rule files", async () => {
    const cwd = await folder({ "empty/readme.txt": "nothing here" });
    const result = runCli(["lint", "empty"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('No rule files (.idrs, *.rule.json) found in "empty"');
  });

  it("accepts an empty folder with --no-error-on-unmatched-pattern", async () => {
    const cwd = await folder({ "empty/readme.txt": "nothing here" });
    const result = runCli(["lint", "empty", "--no-error-on-unmatched-pattern"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("✔ 0 files checked, no problems\n");
  });

  it("expands glob patterns", async () => {
    const cwd = await folder({
      "rules/a/x.idrs": ruleWithError,
      "rules/b.idrs": cleanRule,
      "other/c.idrs": ruleWithError,
    });
    const result = runCli(["lint", "rules/**/*.idrs"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("rules/a/x.idrs:3:11");
    // other/c.idrs appears only as the other place of a duplicate name, not as a file.
    expect(result.stdout).not.toMatch(/^ {2}other\/c\.idrs:/m);
  });

  it("exits 2 for a pattern without matches", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["lint", "rules/**/*.idrs"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('matches the pattern "rules/**/*.idrs"');
  });

  it("skips node_modules and dot folders", async () => {
    const cwd = await folder({
      "a.idrs": cleanRule,
      "node_modules/p/x.idrs": ruleWithError,
      ".git/y.idrs": ruleWithError,
    });
    const result = runCli(["lint"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("✔ 1 file checked, no problems\n");
  });

  it("honours exclude of idrs.config.json found in a parent folder", async () => {
    const cwd = await folder({
      "idrs.config.json": '{"exclude": ["rules/drafts/**"]}',
      "rules/a.idrs": cleanRule,
      "rules/drafts/b.idrs": ruleWithError,
    });
    const result = runCli(["lint"], { cwd: join(cwd, "rules") });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toBe("✔ 1 file checked, no problems\n");
  });

  it("checks an excluded file named on the command line", async () => {
    const cwd = await folder({
      "idrs.config.json": '{"exclude": ["drafts/**"]}',
      "drafts/b.idrs": ruleWithError,
    });
    expect(runCli(["lint", "drafts/b.idrs"], { cwd }).code).toBe(1);
  });

  it("resolves fragments across files but reports only the given path", async () => {
    const cwd = await folder({
      // The configuration makes the whole folder the project, not only rules/.
      "idrs.config.json": "{}",
      "rules/main.idrs": 'rule "甲" {\n  throughout: face_track\n  step 1: use 身份核验\n}\n',
      "fragments/shared.idrs":
        'fragment 身份核验: id_card_recognize\n\nrule "乙" {\n  step 1: id_crd_recognize\n}\n',
    });
    const result = runCli(["lint", "rules/main.idrs"], { cwd });
    expect(result.stdout).toBe("✔ 1 file checked, no problems\n");
    expect(result.code).toBe(0);
  });
});

describe("lint: configuration", () => {
  it("exits 2 with the position of an invalid setting", async () => {
    const cwd = await folder({
      "idrs.config.json": '{\n  "rules": { "unknown-action": "loud" }\n}\n',
      "a.idrs": cleanRule,
    });
    const result = runCli(["lint"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Invalid configuration file");
    expect(result.stderr).toMatch(/idrs\.config\.json:2:\d+: error: .*\(invalid-config\)/);
    expect(result.stdout).toBe("");
  });

  it("exits 2 for a missing --config file", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["lint", "--config", "nowhere.json"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Configuration file not found");
  });

  it("applies severities of --config", async () => {
    const cwd = await folder({
      "conf/settings.json": '{"rules": {"unknown-action": "warning"}}',
      "a.idrs": ruleWithError,
    });
    const result = runCli(["lint", "--config", "conf/settings.json", "a.idrs"], { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("(0 errors, 1 warning)");
  });

  it("turns the byte order mark warning off per path with overrides", async () => {
    const config = '{"overrides": [{"files": ["legacy/**"], "rules": {"file-encoding": "off"}}]}';
    const withBom = Buffer.concat([bom, Buffer.from(cleanRule)]);
    const cwd = await folder({
      "idrs.config.json": config,
      "legacy/a.idrs": withBom,
      "new/b.idrs": withBom,
    });
    const report = JSON.parse(runCli(["lint", "--format", "json"], { cwd }).stdout);
    expect(
      report.files.map((file: { path: string; warningCount: number }) => [
        file.path,
        file.warningCount,
      ]),
    ).toEqual([
      ["legacy/a.idrs", 0],
      ["new/b.idrs", 1],
    ]);
  });
});

describe("lint: unreadable files", () => {
  it("reports invalid UTF-8 with its byte offset and goes on", async () => {
    const gbk = Buffer.concat([
      Buffer.from('rule "'),
      Buffer.from([0xd6, 0xd0]),
      Buffer.from('" {}\n'),
    ]);
    const cwd = await folder({ "a.idrs": gbk, "b.idrs": ruleWithError });
    const result = runCli(["lint", "--format", "json"], { cwd });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const [a, b] = report.files;
    expect(a.diagnostics[0]).toMatchObject({
      code: "file-encoding",
      severity: "error",
      line: 1,
      column: 7,
    });
    expect(a.diagnostics[0].message).toContain("byte offset 6");
    expect(b.diagnostics[0].code).toBe("unknown-action");
  });

  it("reports a BOM as a warning with a fix", async () => {
    const cwd = await folder({ "a.idrs": Buffer.concat([bom, Buffer.from(cleanRule)]) });
    const report = JSON.parse(runCli(["lint", "--format", "json"], { cwd }).stdout);
    expect(report.files[0].diagnostics).toHaveLength(1);
    expect(report.files[0].diagnostics[0]).toMatchObject({
      code: "file-encoding",
      severity: "warning",
      line: 1,
      column: 1,
    });
    expect(report.files[0].diagnostics[0].fixes[0].isPreferred).toBe(true);
  });

  it("reports a folder named like a rule file and a broken link", async () => {
    const cwd = await folder({ "x.idrs/readme.txt": "a folder", "ok.idrs": cleanRule });
    await symlink(join(cwd, "missing.idrs"), join(cwd, "broken.idrs"));
    const result = runCli(["lint", "--format", "json"], { cwd });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    const byPath = Object.fromEntries(
      report.files.map((file: { path: string }) => [file.path, file]),
    );
    expect(byPath["x.idrs"].diagnostics[0].code).toBe("file-unreadable");
    expect(byPath["broken.idrs"].diagnostics[0].code).toBe("file-unreadable");
    expect(byPath["ok.idrs"].diagnostics).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)("reports a file without read permission", async () => {
    const cwd = await folder({ "a.idrs": cleanRule, "b.idrs": cleanRule });
    await chmod(join(cwd, "a.idrs"), 0o000);
    const result = runCli(["lint"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("permission denied");
  });
});

describe("lint --fix", () => {
  it("removes a BOM and full-width punctuation, and reports what it fixed", async () => {
    const text = 'rule "甲" ｛\n  throughout： face_track\n  step 1: id_card_recognize\n}\n';
    const cwd = await folder({ "a.idrs": Buffer.concat([bom, Buffer.from(text)]) });
    const result = runCli(["lint", "--fix"], { cwd });
    expect(result.code, result.stdout).toBe(0);
    expect(result.stderr).toContain("Fixed 3 problems in a.idrs");
    expect(result.stdout).toBe("✔ 1 file checked, no problems\n");
    expect(await readFile(join(cwd, "a.idrs"), "utf8")).toBe(
      'rule "甲" {\n  throughout: face_track\n  step 1: id_card_recognize\n}\n',
    );
  });

  it("lists fixed problems in the JSON report", async () => {
    const cwd = await folder({ "a.idrs": 'rule "甲" ｛\n  throughout： face_track\n}\n' });
    const report = JSON.parse(runCli(["lint", "--fix", "--format", "json"], { cwd }).stdout);
    expect(report.files[0].fixed).toEqual([{ code: "full-width-punctuation", count: 2 }]);
    expect(report.summary.fixed).toBe(2);
    expect(report.summary.errors).toBe(0);
  });

  it("leaves files without fixes untouched", async () => {
    const cwd = await folder({ "a.idrs": ruleWithError });
    const result = runCli(["lint", "--fix"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(await readFile(join(cwd, "a.idrs"), "utf8")).toBe(ruleWithError);
  });
});

describe("lint: output", () => {
  it("writes the report to --output", async () => {
    const cwd = await folder({ "a.idrs": ruleWithError });
    const result = runCli(["lint", "--format", "json", "-o", "out/report.json"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(JSON.parse(await readFile(join(cwd, "out/report.json"), "utf8")).summary.errors).toBe(1);
  });

  it("exits 2 when the report cannot be written", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    const result = runCli(["lint", "-o", "a.idrs/report.txt"], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot write "a.idrs/report.txt"');
  });

  it("prints Chinese for LANG=zh_CN.UTF-8 and English for --lang en", async () => {
    const cwd = await folder({ "a.idrs": cleanRule });
    expect(runCli(["lint"], { cwd, env: { LANG: "zh_CN.UTF-8" } }).stdout).toBe(
      "✔ 已检查 1 个文件，没有问题\n",
    );
    expect(runCli(["lint", "--lang", "en"], { cwd, env: { LANG: "zh_CN.UTF-8" } }).stdout).toBe(
      "✔ 1 file checked, no problems\n",
    );
  });

  it("colours only when asked or on a terminal", async () => {
    const cwd = await folder({ "a.idrs": ruleWithError });
    expect(runCli(["lint"], { cwd }).stdout).not.toContain("\u001b[");
    expect(runCli(["lint"], { cwd, env: { FORCE_COLOR: "1" } }).stdout).toContain("\u001b[31m");
    expect(runCli(["lint", "--no-color"], { cwd, env: { FORCE_COLOR: "1" } }).stdout).not.toContain(
      "\u001b[",
    );
    expect(runCli(["lint"], { cwd, env: { FORCE_COLOR: "0" } }).stdout).not.toContain("\u001b[");
  });
});

/**
 * Clean JSON rule files skip the engine's documents (see `addFiles`), so what they share
 * with other files must still be reported exactly as when every file is a document.
 */
describe("lint: many clean JSON rule files", () => {
  const jsonRule = (name: string) =>
    JSON.stringify({ name, content: [{ sequence: 1, actions: [{ name: "id_card_recognize" }] }] });

  it("reports a rule name shared by clean files and by an .idrs rule", async () => {
    const cwd = await folder({
      "a.rule.json": jsonRule("同名规则"),
      "b.rule.json": jsonRule("同名规则"),
      "c.rule.json": jsonRule("独有规则"),
      "d.rule.json": jsonRule("寿险双录"),
      "e.idrs": 'rule "寿险双录" {\n  step 1: id_card_recognize\n}\n',
    });
    const result = runCli(["lint", "--format", "json"], { cwd });
    const report = JSON.parse(result.stdout) as {
      files: Array<{ path: string; diagnostics: Array<{ code: string }> }>;
    };
    const codes = Object.fromEntries(
      report.files.map((file) => [file.path, file.diagnostics.map((item) => item.code)]),
    );
    expect(codes).toEqual({
      "a.rule.json": ["duplicate-rule-name"],
      "b.rule.json": ["duplicate-rule-name"],
      "c.rule.json": [],
      "d.rule.json": ["duplicate-rule-name"],
      "e.idrs": ["duplicate-rule-name"],
    });
    // The same findings when every file is read into a document (--fix does that).
    const fixed = runCli(["lint", "--format", "json", "--fix"], { cwd });
    const again = JSON.parse(fixed.stdout) as typeof report;
    expect(again.files.map((file) => file.diagnostics)).toEqual(
      report.files.map((file) => file.diagnostics),
    );
  });

  it("reports a clean file that a file outside the given paths duplicates", async () => {
    const cwd = await folder({
      "idrs.config.json": "{}",
      "checked/a.rule.json": jsonRule("同名规则"),
      "other/b.rule.json": jsonRule("同名规则"),
    });
    const result = runCli(["lint", "checked"], { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("duplicate-rule-name");
    expect(result.stdout).toContain("other/b.rule.json");
  });
});

describe("lint: a file with very many findings", () => {
  it("reports 130,000 findings of one file", async () => {
    // Every step breaks the schema twice. A count of findings above what a call takes as
    // arguments once overflowed the stack, and per-error searches made it quadratic.
    const steps = Array.from({ length: 65_000 }, () => ({
      sequence: "x",
      actions: [{ name: "" }],
    }));
    const cwd = await folder({ "many.rule.json": JSON.stringify({ name: "甲", content: steps }) });
    const result = runCli(
      ["lint", "--format", "json", "--output", "report.json", "many.rule.json"],
      {
        cwd,
        timeout: 120_000,
      },
    );
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(await readFile(join(cwd, "report.json"), "utf8")) as {
      files: Array<{ errorCount: number }>;
    };
    expect(report.files[0]?.errorCount).toBe(130_000);
  }, 150_000);
});
