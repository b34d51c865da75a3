import { realpathSync } from "node:fs";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RealPaths } from "./real-paths.js";

describe("RealPaths", () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "idrs-real-"));
    await mkdir(join(root, "rules"));
    await writeFile(join(root, "rules/a.rule.json"), "{}");
    await symlink(join(root, "rules/a.rule.json"), join(root, "rules/link.rule.json"));
    await symlink(join(root, "rules"), join(root, "linked-folder"));
    await symlink(join(root, "rules/missing.rule.json"), join(root, "rules/broken.rule.json"));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it("agrees with realpath for files, links and linked folders", () => {
    const realPaths = new RealPaths();
    for (const path of [
      "rules/a.rule.json",
      "rules/link.rule.json",
      "linked-folder/a.rule.json",
      "linked-folder/link.rule.json",
    ]) {
      expect(realPaths.of(join(root, path))).toBe(realpathSync.native(join(root, path)));
    }
  });

  it("keeps a broken link and a missing file as they are", () => {
    const realPaths = new RealPaths();
    const broken = join(root, "rules/broken.rule.json");
    const missing = join(root, "rules/none.rule.json");
    expect(realPaths.of(broken)).toBe(broken);
    expect(realPaths.of(missing)).toBe(missing);
  });

  it("resolves the folder of a file noted as regular", () => {
    const realPaths = new RealPaths();
    const path = join(root, "linked-folder/a.rule.json");
    realPaths.noteRegularFile(path);
    expect(realPaths.of(path)).toBe(realpathSync.native(join(root, "rules/a.rule.json")));
  });
});
