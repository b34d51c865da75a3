import { readdir, readFile, rm, writeFile } from "node:fs/promises";
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

const run = (definition: CommandDefinition, args: string[] = []) =>
  runCommand(definition, args, { cwd: workspace.folder, env: workspace.env });

describe("deployment with bad inputs", () => {
  it("rejects a 1 MB rule under the default limit, deploys it when allowed", async () => {
    const actions = Array.from({ length: 36_000 }, (_, index) =>
      index % 2 === 0 ? "id_card_recognize" : "sign_recognize",
    );
    await writeFile(
      join(workspace.folder, "big.idrs"),
      `rule "大规则" {\n  step 1: ${actions.join(", ")}\n}\n`,
    );
    const rejected = await run(apply, ["--yes"]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain("big.idrs:1:6: content-too-large");
    expect(await workspace.client.listAllRules()).toEqual([]);

    const config = { limits: { maxContentBytes: 2_000_000 } };
    await writeFile(join(workspace.folder, "idrs.config.json"), JSON.stringify(config));
    expect((await run(apply, ["--yes"])).code).toBe(0);
    const [[, stored] = ["", ""]] = await remoteState(workspace.client);
    expect(stored.length).toBeGreaterThan(900_000);
    expect((await run(plan, ["--detailed-exitcode"])).code).toBe(0);

    // Pulled back over the unchanged file: already up to date, nothing rewritten.
    const pulled = await run(pull);
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain("already up to date");
  });

  it("pulls a 1 MB remote rule into a new file", async () => {
    const actions = Array.from({ length: 36_000 }, () => "face_track");
    await workspace.client.createRule({ name: "大规则", content: content([0, ...actions]) });
    // Written, but over the default content limit: pull warns at the position and exits 1.
    const pulled = await run(pull);
    expect(pulled.code).toBe(1);
    expect(pulled.stderr).toMatch(/warning: 大规则\.idrs:\d+:\d+: content-too-large/);
    expect(pulled.stderr).toContain("plan and apply refuse the repository");
    const text = await readFile(join(workspace.folder, "大规则.idrs"), "utf8");
    expect(text.split("face_track")).toHaveLength(36_001);
  });

  it("saves remote content that is not rule JSON", async () => {
    await workspace.client.createRule({ name: "空内容 😀", content: "{}" });
    const pulled = await run(pull);
    expect(pulled.code).toBe(1);
    expect(pulled.stderr).toContain("not valid rule content");
    expect(pulled.stderr).toContain("1:1: The content is an empty object");
    expect(await readFile(join(workspace.folder, "空内容-😀.invalid-content.txt"), "utf8")).toBe(
      "{}",
    );

    // A rule file with the same name then repairs the remote rule without --force.
    await writeFile(
      join(workspace.folder, "fixed.idrs"),
      'rule "空内容 😀" {\n  step 1: id_card_recognize\n}\n',
    );
    const planned = await run(plan);
    expect(planned.stdout).toContain("replaces invalid remote content");
    expect((await run(apply, ["--yes"])).code).toBe(0);
    expect(await remoteState(workspace.client)).toEqual([
      ["空内容 😀", content([1, "id_card_recognize"])],
    ]);
  });

  it("refuses to prune everything from an empty repository", async () => {
    await workspace.client.createRule({ name: "甲", content: content([1, "id_card_recognize"]) });
    const planned = await run(plan, ["--detailed-exitcode"]);
    expect(planned.code).toBe(2);
    expect(planned.stderr).toContain("No rule files");
    const pruned = await run(apply, ["--yes", "--prune"]);
    expect(pruned.code).toBe(1);
    expect(pruned.stderr).toContain("--allow-empty");
    expect(await workspace.client.listAllRules()).toHaveLength(1);
  });

  it("relinks rules by name when the lock file is deleted", async () => {
    await writeFile(
      join(workspace.folder, "a.idrs"),
      'rule "甲" {\n  step 1: id_card_recognize\n}\n',
    );
    expect((await run(apply, ["--yes"])).code).toBe(0);
    await rm(join(workspace.folder, "idrs.lock.json"));

    expect((await run(plan, ["--detailed-exitcode"])).code).toBe(0);
    expect((await run(apply, ["--yes"])).code).toBe(0);
    expect(await workspace.client.listAllRules()).toHaveLength(1);
    expect(await readdir(workspace.folder)).toContain("idrs.lock.json");
  });

  it("rejects a lock file of another endpoint", async () => {
    await writeFile(
      join(workspace.folder, "a.idrs"),
      'rule "甲" {\n  step 1: id_card_recognize\n}\n',
    );
    const other = {
      lockVersion: 1,
      endpoint: "https://idrsservice.cn-shanghai-finance-1.aliyuncs.com",
      rules: [],
    };
    await writeFile(join(workspace.folder, "idrs.lock.json"), JSON.stringify(other));

    const rejected = await run(plan);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toContain("--force-lock");
    expect((await run(plan, ["--force-lock"])).code).toBe(0);
  });

  it("reports a missing endpoint and a broken configuration", async () => {
    const withoutEndpoint = { ...workspace.env, IDRS_ENDPOINT: undefined };
    const missing = await runCommand(plan, [], { cwd: workspace.folder, env: withoutEndpoint });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("IDRS_ENDPOINT");

    await writeFile(join(workspace.folder, "idrs.config.json"), "{ broken");
    const broken = await run(plan);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain("idrs.config.json");
  });

  it("stops on rule files with errors", async () => {
    await writeFile(join(workspace.folder, "a.idrs"), 'rule "甲" {\n  step 1: \n');
    const result = await run(plan);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.idrs:\d+:\d+/);
  });
});
