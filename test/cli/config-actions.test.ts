import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./run-cli.js";
import { makeFolder, removeFolder } from "./temp-folder.js";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeFolder));
});

const config = `{
  "actions": [
    {"name": "voice_print_check", "scope": "step"},
    {"name": "voice_print_check", "scope": "recording"}
  ]
}
`;

// The rule uses the action in a chapter. The first entry allows that (`step`) and the later
// one does not (`recording`), so the findings show which entry the catalog keeps.
const rule = 'rule "声纹" {\n  step 1: voice_print_check\n}\n';

async function project(): Promise<string> {
  const root = await makeFolder({ "idrs.config.json": config, "a.idrs": rule });
  folders.push(root);
  return root;
}

describe("lint: an action declared twice in the configuration", () => {
  it("warns at the later entry in English and goes on", async () => {
    const cwd = await project();
    const result = runCli(["lint"], { cwd });

    expect(result.stderr).toBe(
      'idrs.config.json:4:14: warning: Entry 2 of "actions" declares action "voice_print_check" again (first in entry 1). The later entry replaces the earlier one; remove one of them. (invalid-config)\n',
    );
    // The later entry declares `recording`, so using the action in a chapter is reported.
    expect(result.stdout).toContain("recording-action-in-step");
    expect(result.code).toBe(0);
  });

  it("warns in Chinese with --lang zh-CN", async () => {
    const cwd = await project();
    const result = runCli(["lint", "--lang", "zh-CN"], { cwd });

    expect(result.stderr).toBe(
      "idrs.config.json:4:14: 警告: “actions”的第 2 项再次声明了动作“voice_print_check”（首次在第 1 项）。后一项会替换前一项；请删除其中一项。 (invalid-config)\n",
    );
  });
});
