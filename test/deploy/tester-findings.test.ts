import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandDefinition } from "../../packages/cli/src/command.js";
import { command as apply } from "../../packages/cli/src/commands/apply.js";
import { command as plan } from "../../packages/cli/src/commands/plan.js";
import { command as pull } from "../../packages/cli/src/commands/pull.js";
import { openWorkspace, remoteState, runCommand, type Workspace } from "./cli-harness.js";
import { content } from "./helpers.js";

let workspace: Workspace;
beforeEach(async () => {
  workspace = await openWorkspace();
});
afterEach(async () => {
  await workspace.close();
});

const run = (definition: CommandDefinition, args: string[] = [], env: NodeJS.ProcessEnv = {}) =>
  runCommand(definition, args, { cwd: workspace.folder, env: { ...workspace.env, ...env } });
const file = (name: string) => join(workspace.folder, name);
const ruleText = (name: string, actions: string) => `rule "${name}" {\n  step 1: ${actions}\n}\n`;
const lock = async () => JSON.parse(await readFile(file("idrs.lock.json"), "utf8"));

describe("create after delete", () => {
  it("creates a rule again after prune deleted it", async () => {
    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize"));
    await writeFile(file("b.idrs"), ruleText("乙", "sign_recognize"));
    expect((await run(apply, ["--yes"])).code).toBe(0);

    await rm(file("a.idrs"));
    expect((await run(apply, ["--yes", "--prune"])).code).toBe(0);
    expect((await remoteState(workspace.client)).map(([name]) => name)).toEqual(["乙"]);

    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize"));
    const again = await run(apply, ["--yes"]);
    expect(again.code).toBe(0);
    expect((await remoteState(workspace.client)).map(([name]) => name)).toEqual(["乙", "甲"]);
    expect((await run(plan, ["--detailed-exitcode"])).code).toBe(0);
    expect((await lock()).pendingCreates).toBeUndefined();
  });

  it("creates again when a pending token answers with a deleted rule", async () => {
    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize"));
    expect((await run(apply, ["--yes"])).code).toBe(0);
    const [created] = await workspace.client.listAllRules();
    const recorded = await lock();
    const entry = recorded.rules[0];

    // A lock left by an interrupted apply: the token was sent, the Id never recorded; the
    // rule was deleted in the console since.
    const token = "0123456789abcdef0123456789abcdef";
    await workspace.client.deleteRule({ id: created?.id ?? "" });
    await workspace.client.createRule({
      name: "甲",
      content: content([1, "id_card_recognize"]),
      clientToken: token,
    });
    const [replayed] = await workspace.client.listAllRules();
    await workspace.client.deleteRule({ id: replayed?.id ?? "" });
    recorded.rules = [];
    recorded.pendingCreates = [
      { ...entry, clientToken: token, createdAt: entry.appliedAt, id: undefined },
    ];
    await writeFile(file("idrs.lock.json"), JSON.stringify(recorded));

    expect((await run(apply, ["--yes"])).code).toBe(0);
    expect((await remoteState(workspace.client)).map(([name]) => name)).toEqual(["甲"]);
    expect((await run(plan, ["--detailed-exitcode"])).code).toBe(0);
  });
});

describe("pull --force", () => {
  it("keeps local-only edits and local deletions", async () => {
    await workspace.client.createRule({ name: "甲", content: content([1, "id_card_recognize"]) });
    await workspace.client.createRule({ name: "乙", content: content([1, "sign_recognize"]) });
    await workspace.client.createRule({ name: "丙", content: content([1, "face_track"]) });
    expect((await run(pull)).code).toBe(0);

    const edited = ruleText("甲", "id_card_recognize, sign_recognize");
    await writeFile(file("甲.idrs"), edited);
    await rm(file("乙.idrs"));
    const third = (await workspace.client.listAllRules()).find((rule) => rule.name === "丙");
    // 丙 changed remotely only: pulled.
    await workspace.client.updateRule({
      id: third?.id ?? "",
      content: content([1, "speech_to_text"]),
    });

    const pulled = await run(pull, ["--force"]);
    expect(pulled.code).toBe(0);
    expect(await readFile(file("甲.idrs"), "utf8")).toBe(edited);
    await expect(readFile(file("乙.idrs"), "utf8")).rejects.toThrow();
    expect(await readFile(file("丙.idrs"), "utf8")).toContain("speech_to_text");
    expect(pulled.stderr).not.toMatch(/local changes in\s+kept|in - kept/);
    expect(pulled.stderr).toContain("deleted locally, so not written again");
  });
});

describe("rename across files", () => {
  it("updates the remote rule when a rule is renamed and moved", async () => {
    await writeFile(file("a.idrs"), ruleText("旧名", "id_card_recognize"));
    expect((await run(apply, ["--yes"])).code).toBe(0);
    const [before] = await workspace.client.listAllRules();

    await rm(file("a.idrs"));
    await mkdir(file("moved"));
    await writeFile(file("moved/b.idrs"), ruleText("新名", "id_card_recognize"));
    const planned = await run(plan);
    expect(planned.stdout).toContain('~ update "新名"');
    expect(planned.stdout).not.toContain("+ create");

    expect((await run(apply, ["--yes", "--prune"])).code).toBe(0);
    const after = await workspace.client.listAllRules();
    expect(after.map((rule) => [rule.id, rule.name])).toEqual([[before?.id, "新名"]]);
  });
});

describe("pull of remote deletions", () => {
  it("removes unchanged rules and keeps edited ones", async () => {
    await workspace.client.createRule({ name: "甲", content: content([1, "id_card_recognize"]) });
    await workspace.client.createRule({ name: "乙", content: content([1, "sign_recognize"]) });
    expect((await run(pull)).code).toBe(0);
    const edited = ruleText("乙", "sign_recognize, face_track");
    await writeFile(file("乙.idrs"), edited);
    for (const rule of await workspace.client.listAllRules())
      await workspace.client.deleteRule({ id: rule.id });

    const pulled = await run(pull);
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain('"甲"');
    expect(pulled.stderr).toContain("removed from 甲.idrs");
    expect(pulled.stderr).toContain("has local changes: kept");
    await expect(readFile(file("甲.idrs"), "utf8")).rejects.toThrow();
    expect(await readFile(file("乙.idrs"), "utf8")).toBe(edited);
    expect((await lock()).rules.map((entry: { name: string }) => entry.name)).toEqual(["乙"]);
  });
});

describe("invalid remote content", () => {
  it("is reported on every pull and plan and never pruned", async () => {
    const bad = JSON.stringify([
      { sequence: 1, actions: [{ name: "id_card_recognize", threshold: 0.5 }] },
    ]);
    await workspace.client.createRule({ name: "坏", content: bad });
    for (let round = 0; round < 2; round++) {
      const pulled = await run(pull);
      expect(pulled.code).toBe(1);
      expect(pulled.stderr).toContain("坏.invalid-content.txt");
      expect(pulled.stderr).toContain("threshold");
    }

    const planned = await run(plan, ["--prune"]);
    expect(planned.stdout).toContain('invalid remote content "坏"');
    expect(planned.stdout).toContain("threshold");
    expect(planned.stdout).not.toContain("removed from the repository");
    expect((await run(apply, ["--yes", "--prune", "--allow-empty"])).code).toBe(0);
    expect(await workspace.client.listAllRules()).toHaveLength(1);

    // Deleting the saved file releases the rule to --prune.
    await rm(file("坏.invalid-content.txt"));
    expect((await run(apply, ["--yes", "--prune", "--allow-empty"])).code).toBe(0);
    expect(await workspace.client.listAllRules()).toHaveLength(0);
  });

  it("names what is wrong in the plan diff", async () => {
    const bad = JSON.stringify([{ sequence: 1, actions: [{ name: "sign_recognize", x: 1 }] }]);
    await workspace.client.createRule({ name: "甲", content: bad });
    await writeFile(file("a.idrs"), ruleText("甲", "sign_recognize"));
    const planned = await run(plan);
    expect(planned.stdout).not.toContain("not rule JSON");
    expect(planned.stdout).toMatch(/1:\d+: .*"x"/);
  });
});

describe("pull lint", () => {
  it("warns at positions and exits 1 for duplicate names", async () => {
    await workspace.client.createRule({ name: "同名", content: content([1, "sign_recognize"]) });
    await workspace.client.createRule({ name: "同名", content: content([1, "face_track"]) });
    const pulled = await run(pull);
    expect(pulled.code).toBe(1);
    expect(pulled.stderr).toMatch(/warning: 同名(-2)?\.idrs:\d+:\d+: /);
    expect(pulled.stderr).toContain("plan and apply refuse the repository");
  });
});

describe("remote strings in output", () => {
  it("escapes control and bidi characters", async () => {
    const name = "evil\u001b[31m\r\n::error::forged\u202e";
    await workspace.client.createRule({ name, content: content([1, "sign_recognize"]) });
    const planned = await run(plan);
    expect(planned.stdout).toContain("evil\\u001b[31m\\u000d\\u000a::error::forged\\u202e");
    for (const raw of ["\u001b", "\r", "\u202e"]) expect(planned.stdout).not.toContain(raw);
    expect(planned.stdout.split("\n").some((line) => line.startsWith("::error::"))).toBe(false);
  });
});

describe("usage errors", () => {
  it("exits 2 for bad endpoints and lock shapes", async () => {
    for (const endpoint of ["ftp://x", "", "http://127.0.0.1:1/x?y", "http://127.0.0.1:1/?y"]) {
      const result = await run(plan, ["--endpoint", endpoint]);
      expect(result.code, endpoint).toBe(2);
    }
    await writeFile(
      file("idrs.lock.json"),
      JSON.stringify({ lockVersion: 1, endpoint: workspace.emulator.url, rules: [{ file: 1 }] }),
    );
    expect((await run(plan)).code).toBe(2);
  });

  it("reports configuration problems at their position", async () => {
    await writeFile(file("idrs.config.json"), '{\n  "deploy": {\n    "concurrency": 100\n  }\n}\n');
    const result = await run(plan);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("idrs.config.json:3:20: ");
  });

  it("names a missing plan file", async () => {
    const result = await run(apply, ["missing.json", "--yes"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Plan file not found");
  });

  it("refuses a saved plan in another repository", async () => {
    await writeFile(file("a.idrs"), ruleText("甲", "sign_recognize"));
    expect((await run(plan, ["--out", "plan.json"])).code).toBe(0);
    await mkdir(file("other"));
    const result = await runCommand(apply, [file("plan.json"), "--yes"], {
      cwd: file("other"),
      env: workspace.env,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("made for the repository");
    expect(await workspace.client.listAllRules()).toEqual([]);
  });
});

describe("pull file handling", () => {
  it("keeps CRLF and leaves appliedAt of unchanged entries", async () => {
    await workspace.client.createRule({ name: "甲", content: content([1, "sign_recognize"]) });
    await workspace.client.createRule({ name: "乙", content: content([1, "face_track"]) });
    expect((await run(pull)).code).toBe(0);
    const first = await lock();
    await writeFile(file("甲.idrs"), ruleText("甲", "sign_recognize").replace(/\n/g, "\r\n"));
    const rule = (await workspace.client.listAllRules()).find((item) => item.name === "甲");
    await workspace.client.updateRule({ id: rule?.id ?? "", content: content([2, "face_track"]) });

    expect((await run(pull)).code).toBe(0);
    const text = await readFile(file("甲.idrs"), "utf8");
    expect(text).toContain("face_track");
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const second = await lock();
    const appliedAt = (data: { rules: Array<{ name: string; appliedAt: string }> }, name: string) =>
      data.rules.find((entry) => entry.name === name)?.appliedAt;
    expect(appliedAt(second, "乙")).toBe(appliedAt(first, "乙"));
  });
});

describe("plan output", () => {
  it("shows context lines and the drift direction", async () => {
    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize, sign_recognize"));
    expect((await run(apply, ["--yes"])).code).toBe(0);
    await writeFile(file("a.idrs"), ruleText("甲", "sign_recognize, id_card_recognize"));
    const reordered = await run(plan);
    expect(reordered.stdout).toMatch(/\n {8}id_card_recognize\n/);

    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize, sign_recognize"));
    const [rule] = await workspace.client.listAllRules();
    await workspace.client.updateRule({
      id: rule?.id ?? "",
      content: content([1, "sign_recognize"]),
    });
    const drifted = await run(plan);
    expect(drifted.stdout).toContain(
      "from the remote (as changed in the console) to the repository",
    );
  });

  it("speaks Chinese in the zh-CN summary", async () => {
    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize"));
    const planned = await run(plan, ["--lang", "zh-CN"]);
    expect(planned.stdout).toContain("已漂移（drifted）0");
    expect(planned.stdout).not.toMatch(/[）)] [（(]/);
  });
});

describe("apply reporting", () => {
  it("logs requests in debug mode without the secret", async () => {
    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize"));
    const applied = await run(apply, ["--yes"], { IDRS_RULES_DEBUG: "1" });
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain("CreateRule");
    expect(applied.stderr).toMatch(/debug: /);
    expect(applied.stderr).not.toContain(workspace.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET);
  });

  it("counts requests not sent and reads right for one", async () => {
    await writeFile(file("a.idrs"), ruleText("甲", "id_card_recognize"));
    const applied = await run(apply, ["--yes"]);
    expect(applied.stderr).toContain("0 not sent");
    await writeFile(file("a.idrs"), ruleText("甲", "sign_recognize"));
    const [rule] = await workspace.client.listAllRules();
    await workspace.client.updateRule({ id: rule?.id ?? "", content: content([1, "face_track"]) });
    const refused = await run(apply, ["--yes"]);
    expect(refused.stderr).toContain("Drifted rules (1)");
    const forced = await run(apply, ["--yes", "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).not.toContain("to overwrite it");
    expect(forced.stdout).toContain("overwritten with the repository's version");
  });
});
