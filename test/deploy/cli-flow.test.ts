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

const run = (
  definition: CommandDefinition,
  args: string[] = [],
  options: { tty?: boolean; stdin?: string } = {},
) => runCommand(definition, args, { cwd: workspace.folder, env: workspace.env, ...options });

const lifeInsurance = "XX人寿 终身寿险 双录质检";
const wealth = "理财 😀 双录";

async function seedRemote() {
  await workspace.client.createRule({
    name: lifeInsurance,
    content: content([1, "id_card_recognize"], [0, "face_track", "speech_to_text"]),
  });
  await workspace.client.createRule({ name: wealth, content: content([1, "sign_recognize"]) });
}

describe("pull, plan, apply", () => {
  it("goes through change, drift, prune and rename", async () => {
    await seedRemote();

    // pull writes one file per rule and a lock; a plan right after has nothing to do.
    const pulled = await run(pull);
    expect(pulled.code).toBe(0);
    const files = (await readdir(workspace.folder)).sort();
    expect(files).toEqual(["XX人寿-终身寿险-双录质检.idrs", "idrs.lock.json", "理财-😀-双录.idrs"]);
    expect((await run(plan, ["--detailed-exitcode"])).code).toBe(0);

    // change: one rule gains a check, one rule is added.
    const lifeFile = join(workspace.folder, "XX人寿-终身寿险-双录质检.idrs");
    const lifeText = await readFile(lifeFile, "utf8");
    await writeFile(
      lifeFile,
      lifeText.replace("id_card_recognize", "id_card_recognize, sign_recognize"),
    );
    await writeFile(
      join(workspace.folder, "new.idrs"),
      'rule "新规则" {\n  step 1: sign_action_recognize\n}\n',
    );
    const planned = await run(plan, ["--detailed-exitcode"]);
    expect(planned.code).toBe(2);
    expect(planned.stdout).toContain('+ create "新规则"');
    expect(planned.stdout).toContain("adds checks");
    expect(planned.stdout).toContain("+ sign_recognize");

    expect((await run(apply)).code).toBe(2); // not a terminal and no --yes
    const applied = await run(apply, ["--yes"]);
    expect(applied.code).toBe(0);
    expect(applied.stderr).toContain("1 created, 1 updated, 0 deleted, 0 failed");
    expect((await run(plan, ["--detailed-exitcode"])).code).toBe(0);

    // drift: someone edits a rule in the console; apply refuses until --force.
    const rules = await workspace.client.listAllRules();
    const wealthRule = rules.find((rule) => rule.name === wealth);
    await workspace.client.updateRule({
      id: wealthRule?.id ?? "",
      content: content([1, "face_track"]),
    });
    const drifted = await run(plan, ["--detailed-exitcode"]);
    expect(drifted.code).toBe(2);
    expect(drifted.stdout).toContain(`! drifted "${wealth}"`);
    expect((await run(apply, ["--yes"])).code).toBe(1);
    expect((await run(apply, ["--yes", "--force"])).code).toBe(0);
    expect((await remoteState(workspace.client)).find(([name]) => name === wealth)?.[1]).toBe(
      content([1, "sign_recognize"]),
    );

    // prune: a rule deleted from git stays remote until --prune.
    await rm(join(workspace.folder, "new.idrs"));
    expect((await run(plan)).stdout).toContain('? remote-only "新规则"');
    expect((await run(apply, ["--yes"])).code).toBe(0);
    expect((await workspace.client.listAllRules()).map((rule) => rule.name)).toContain("新规则");
    const pruned = await run(apply, ["--yes", "--prune"]);
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain("Remote rules to delete (1):");
    expect((await workspace.client.listAllRules()).map((rule) => rule.name)).not.toContain(
      "新规则",
    );

    // rename: the remote rule keeps its Id.
    const wealthFile = join(workspace.folder, "理财-😀-双录.idrs");
    await writeFile(
      wealthFile,
      (await readFile(wealthFile, "utf8")).replace(wealth, "理财 双录 v2"),
    );
    const renamePlan = await run(plan);
    expect(renamePlan.stdout).toContain(`renamed from "${wealth}"`);
    expect((await run(apply, ["--yes"])).code).toBe(0);
    const after = await workspace.client.listAllRules();
    expect(after).toHaveLength(2);
    expect(after.find((rule) => rule.name === "理财 双录 v2")?.id).toBe(wealthRule?.id);

    // audit: one line per request, each with a RequestId, and one line per apply.
    const audit = (await readFile(join(workspace.folder, "idrs-audit.jsonl"), "utf8"))
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    const requests = audit.filter((record) => record.type === "request");
    expect(requests.map((record) => record.action)).toEqual([
      "UpdateRule",
      "CreateRule",
      "UpdateRule",
      "DeleteRule",
      "UpdateRule",
    ]);
    expect(
      requests.every((record) => typeof record.requestId === "string" && record.result === "ok"),
    ).toBe(true);
    expect(
      audit
        .filter((record) => record.type === "apply")
        .every((record) => record.user === "tester@example.test"),
    ).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(workspace.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET);
  });

  it("applies a saved plan and refuses it once the remote changed", async () => {
    await writeFile(
      join(workspace.folder, "a.idrs"),
      'rule "甲" {\n  step 1: id_card_recognize\n}\n',
    );
    expect((await run(plan, ["--out", "plan.json"])).code).toBe(0);
    expect((await run(apply, ["plan.json", "--yes"])).code).toBe(0);
    expect(await remoteState(workspace.client)).toEqual([
      ["甲", content([1, "id_card_recognize"])],
    ]);

    await writeFile(join(workspace.folder, "a.idrs"), 'rule "甲" {\n  step 1: sign_recognize\n}\n');
    expect((await run(plan, ["--out", "plan.json"])).code).toBe(0);
    await workspace.client.createRule({ name: "console", content: "[]" });
    const stale = await run(apply, ["--plan", "plan.json", "--yes"]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain("changed since the plan was made");
  });

  it("asks for confirmation on a terminal", async () => {
    await writeFile(
      join(workspace.folder, "a.idrs"),
      'rule "甲" {\n  step 1: id_card_recognize\n}\n',
    );
    const declined = await run(apply, [], { tty: true, stdin: "no\n" });
    expect(declined.code).toBe(1);
    expect(await workspace.client.listAllRules()).toEqual([]);
    const accepted = await run(apply, [], { tty: true, stdin: "yes\n" });
    expect(accepted.code).toBe(0);
    expect(await workspace.client.listAllRules()).toHaveLength(1);
  });

  it("prints the plan in Chinese", async () => {
    await writeFile(
      join(workspace.folder, "a.idrs"),
      'rule "甲" {\n  step 1: id_card_recognize\n}\n',
    );
    const result = await run(plan, ["--lang", "zh-CN"]);
    expect(result.stdout).toContain('+ 创建 "甲"');
  });
});
