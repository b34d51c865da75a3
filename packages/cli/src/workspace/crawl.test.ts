import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { glob } from "tinyglobby";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FolderEntries, plainFilesUnder } from "./crawl.js";

const extensions = [".idrs", ".rule.json"];

/**
 * Returns the files discovery keeps of tinyglobby's result for the default patterns.
 * tinyglobby also returns every file inside a folder named like a rule file, which the
 * extension check drops.
 */
async function tinyglobbyFiles(root: string): Promise<string[]> {
  const files = await glob(
    extensions.map((extension) => `**/*${extension}`),
    { cwd: root, absolute: true, ignore: ["**/node_modules/**"] },
  );
  return files
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => resolve(file))
    .sort();
}

const segment = fc.constantFrom(
  "rules",
  "寿险",
  ".hidden",
  "node_modules",
  "a b",
  "x.rule.json",
  "deep",
);
const fileName = fc.constantFrom(
  "a.rule.json",
  "b.idrs",
  ".c.idrs",
  "d.rule.json.bak",
  "e.json",
  "f.IDRS",
  "规则.rule.json",
  "g.idrs.txt",
);
const tree = fc.array(fc.record({ folders: fc.array(segment, { maxLength: 3 }), file: fileName }), {
  maxLength: 12,
});

describe("plainFilesUnder", () => {
  let base: string;
  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), "idrs-crawl-"));
  });
  afterAll(() => rm(base, { recursive: true, force: true }));

  test("finds what tinyglobby finds in trees of plain files", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(tree, async (entries) => {
        const root = join(base, `tree-${run++}`);
        await mkdir(root, { recursive: true });
        for (const { folders, file } of entries) {
          const folder = join(root, ...folders);
          // A folder may already exist as a file of the same name: skip that entry.
          await mkdir(folder, { recursive: true }).catch(() => undefined);
          await writeFile(join(folder, file), "{}").catch(() => undefined);
        }
        const plain = plainFilesUnder(root, extensions, new FolderEntries());
        expect(plain?.sort()).toEqual(await tinyglobbyFiles(root));
      }),
      { numRuns: 150 },
    );
  });

  test("leaves a tree with a symbolic link to tinyglobby", async () => {
    const root = join(base, "linked");
    await mkdir(join(root, "rules"), { recursive: true });
    await writeFile(join(root, "rules/a.rule.json"), "{}");
    await symlink(join(root, "rules"), join(root, "shortcut"));
    expect(plainFilesUnder(root, extensions, new FolderEntries())).toBeUndefined();
  });
});
