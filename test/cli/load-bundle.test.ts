import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const loader = fileURLToPath(new URL("../../packages/cli/bin/load-bundle.js", import.meta.url));
const cliBundle = fileURLToPath(new URL("../../packages/cli/dist/bundle/cli.cjs", import.meta.url));

// A bundle with a function to compile, and a marker that differs between two builds.
const bundleSource = (marker: string) => `
  const path = require("node:path");
  exports.marker = ${JSON.stringify(marker)};
  exports.base = path.basename(__filename);
  exports.sum = (values) => values.reduce((total, value) => total + value, 0);
`;

interface LoadOutcome {
  marker: string;
  base: string;
  sum: number;
  cacheUsed: boolean;
}

/**
 * Loads `file` in a process of its own (V8 would otherwise reuse the compilation of the same
 * source from this process and never look at the cache), and writes its cache when asked.
 */
function loadInNewProcess(file: string, write = false): LoadOutcome {
  const script = [
    `import { loadBundle, writeCodeCache } from ${JSON.stringify(pathToFileURL(loader).href)};`,
    `const loaded = loadBundle(${JSON.stringify(file)});`,
    "const sum = loaded.exports.sum([1, 2, 3]);",
    write ? `writeCodeCache(${JSON.stringify(file)}, loaded.script);` : "",
    "const { marker, base } = loaded.exports;",
    "console.log(JSON.stringify({ marker, base, sum, cacheUsed: loaded.cacheUsed }));",
  ].join("\n");
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as LoadOutcome;
}

describe("loadBundle", () => {
  let folder: string;
  let file: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), "idrs-bundle-"));
    file = join(folder, "lint.cjs");
    await writeFile(file, bundleSource("first"));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it("runs a bundle without a cache", () => {
    expect(loadInNewProcess(file)).toEqual({
      marker: "first",
      base: "lint.cjs",
      sum: 6,
      cacheUsed: false,
    });
  });

  it("takes the code cache written for the same build", () => {
    expect(loadInNewProcess(file, true).cacheUsed).toBe(false);
    expect(loadInNewProcess(file)).toMatchObject({ marker: "first", cacheUsed: true });
  });

  it("ignores the cache of another build of the same length", async () => {
    loadInNewProcess(file, true);
    // Same length, other content: V8 alone would not notice.
    await writeFile(file, bundleSource("other"));
    const later = new Date(Date.now() + 5000);
    await utimes(file, later, later);

    expect(loadInNewProcess(file)).toMatchObject({ marker: "other", cacheUsed: false });
  });

  it("compiles without a cache when the cache file is damaged", async () => {
    loadInNewProcess(file, true);
    await writeFile(`${file}.cache`, "not a code cache");

    expect(loadInNewProcess(file)).toMatchObject({ marker: "first", sum: 6, cacheUsed: false });
  });

  it("takes the cache the build wrote", () => {
    expect(existsSync(`${cliBundle}.cache`)).toBe(true);
    const script = [
      `import { loadBundle } from ${JSON.stringify(pathToFileURL(loader).href)};`,
      `console.log(loadBundle(${JSON.stringify(cliBundle)}).cacheUsed);`,
    ].join("\n");
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
    });
    expect(result.stdout.trim()).toBe("true");
  });
});

describe("bin/idrs-rules.js", () => {
  let root: string;
  const bin = fileURLToPath(new URL("../../packages/cli/bin/", import.meta.url));

  /** A copy of bin/ beside a dist/ with the given bundle and a main module that names itself. */
  async function install(bundle: string): Promise<string> {
    root = await mkdtemp(join(tmpdir(), "idrs-bin-"));
    const cli = join(root, "packages/cli");
    await mkdir(join(cli, "bin"), { recursive: true });
    await mkdir(join(cli, "dist/bundle"), { recursive: true });
    for (const name of ["idrs-rules.js", "load-bundle.js", "package.json"]) {
      await writeFile(join(cli, "bin", name), await readFile(join(bin, name)));
    }
    await writeFile(
      join(cli, "dist/main.js"),
      'export async function main() { process.stdout.write("modules\\n"); return 0; }\n',
    );
    await writeFile(join(cli, "dist/bundle/cli.cjs"), bundle);
    return join(cli, "bin/idrs-rules.js");
  }
  afterEach(() => rm(root, { recursive: true, force: true }));

  it("runs main from the bundle", async () => {
    const entry = await install(
      'exports.main = async () => { process.stdout.write("bundle\\n"); return 3; };',
    );
    const result = spawnSync(process.execPath, [entry], { encoding: "utf8" });
    expect(result.stdout).toBe("bundle\n");
    expect(result.status).toBe(3);
  });

  it("falls back to the compiled modules when the bundle is damaged", async () => {
    const entry = await install("this is not JavaScript (");
    const result = spawnSync(process.execPath, [entry], { encoding: "utf8" });
    expect(result.stdout).toBe("modules\n");
    expect(result.status).toBe(0);
  });
});
