import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliPath } from "./run-cli.js";

/**
 * `--version` and `--help` must not load the engine (chevrotain, ajv, the catalog): a module
 * hook records every module the process loads, and the test looks for the engine's.
 */
describe("startup", () => {
  let folder: string;
  let hook: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), "idrs-startup-"));
    const log = join(folder, "modules.log");
    await writeFile(
      join(folder, "hooks.mjs"),
      `import { appendFileSync } from "node:fs";\nexport async function load(url, context, next) {\n  appendFileSync(${JSON.stringify(log)}, url + "\\n");\n  return next(url, context);\n}\n`,
    );
    hook = join(folder, "register.mjs");
    await writeFile(
      hook,
      `import { register } from "node:module";\nregister(${JSON.stringify(pathToFileURL(join(folder, "hooks.mjs")).href)});\n`,
    );
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it.each([["--version"], ["--help"], ["lint", "--help"], ["compile", "--help"]])(
    "%s loads no engine module",
    async (...args) => {
      const log = join(folder, "modules.log");
      await writeFile(log, "");
      const result = spawnSync(
        process.execPath,
        ["--import", pathToFileURL(hook).href, cliPath, ...args],
        // The compiled modules, whose loading the hook records. The bundle keeps the same
        // imports lazy, so what is true here is true of it.
        { encoding: "utf8", env: { ...process.env, IDRS_RULES_NO_BUNDLE: "1" } },
      );
      expect(result.status, result.stderr).toBe(0);

      const { readFile } = await import("node:fs/promises");
      const loaded = (await readFile(log, "utf8")).split("\n").filter(Boolean);
      expect(loaded.some((url) => url.includes("/cli/dist/main.js"))).toBe(true);
      expect(loaded.filter((url) => /packages\/core\/|chevrotain|\/ajv\//.test(url))).toEqual([]);
    },
  );
});
