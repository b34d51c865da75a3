import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CommandDefinition } from "../../packages/cli/src/command.js";
import { command as apply } from "../../packages/cli/src/commands/apply.js";
import { command as pull } from "../../packages/cli/src/commands/pull.js";
import { openWorkspace, runCommand, type Workspace } from "./cli-harness.js";
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

const twoRules =
  '// 两条规则\nrule "甲" {\n  step 1: id_card_recognize\n}\n\nrule "乙" {\n  step 1: sign_recognize\n}\n';

describe("pull", () => {
  it("updates one rule inside a file of several and keeps the rest", async () => {
    const file = join(workspace.folder, "rules.idrs");
    await writeFile(file, twoRules);
    expect((await run(apply, ["--yes"])).code).toBe(0);
    const rule = (await workspace.client.listAllRules()).find((item) => item.name === "乙");
    await workspace.client.updateRule({
      id: rule?.id ?? "",
      content: content([1, "sign_recognize", "face_track"]),
    });

    const pulled = await run(pull);
    expect(pulled.code).toBe(0);
    const text = await readFile(file, "utf8");
    expect(text).toContain("// 两条规则");
    expect(text).toContain('rule "甲" {\n  step 1: id_card_recognize\n}');
    expect(text).toContain("sign_recognize, face_track");
  });

  it("refuses conflicting local and remote edits unless --force", async () => {
    const file = join(workspace.folder, "rules.idrs");
    await writeFile(file, twoRules);
    expect((await run(apply, ["--yes"])).code).toBe(0);
    const rule = (await workspace.client.listAllRules()).find((item) => item.name === "甲");
    await workspace.client.updateRule({ id: rule?.id ?? "", content: content([1, "face_track"]) });
    const edited = twoRules.replace(
      "id_card_recognize",
      "id_card_recognize, sign_action_recognize",
    );
    await writeFile(file, edited);

    const refused = await run(pull);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('"甲" (rules.idrs)');
    expect(await readFile(file, "utf8")).toBe(edited);

    expect((await run(pull, ["--force"])).code).toBe(0);
    expect(await readFile(file, "utf8")).toContain("step 1: face_track");
  });

  it("keeps local edits when the remote did not change", async () => {
    const file = join(workspace.folder, "rules.idrs");
    await writeFile(file, twoRules);
    expect((await run(apply, ["--yes"])).code).toBe(0);
    const edited = twoRules.replace("sign_recognize", "sign_recognize, face_track");
    await writeFile(file, edited);

    const pulled = await run(pull);
    expect(pulled.code).toBe(0);
    expect(pulled.stderr).toContain("local changes in rules.idrs kept");
    expect(await readFile(file, "utf8")).toBe(edited);
  });

  it("writes .rule.json files with --format json and disambiguates names", async () => {
    await workspace.client.createRule({ name: "a/b", content: content([1, "id_card_recognize"]) });
    await workspace.client.createRule({ name: "a:b", content: content([1, "sign_recognize"]) });
    expect((await run(pull, ["--format", "json"])).code).toBe(0);
    const first = JSON.parse(await readFile(join(workspace.folder, "a-b.rule.json"), "utf8"));
    const second = JSON.parse(await readFile(join(workspace.folder, "a-b-2.rule.json"), "utf8"));
    expect([first.name, second.name].sort()).toEqual(["a/b", "a:b"]);
  });
});
