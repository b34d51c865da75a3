// `npm run bench`: generates the rule sets, measures every comparison in one run and
// writes BENCHMARKS.md. Not part of `npm test`: timings belong here, not in unit tests.
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateBenchData } from "./generate.js";
import { benchLint } from "./lint.js";
import { renderReport } from "./report.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataRoot = join(root, "bench/.data");
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sections = (process.env.BENCH_ONLY ?? "lint,deploy").split(",");

// The command is measured as `npm run build` leaves it: compiled, then bundled. The usual
// way to run this file follows a bare `tsc -b`, which the bin would detect as newer than
// the bundle, so the bundle is brought up to date here.
process.stderr.write("bundling the CLI (scripts/bundle-cli.mjs) ...\n");
const bundled = spawnSync(process.execPath, [join(root, "scripts/bundle-cli.mjs")], {
  stdio: "inherit",
});
if (bundled.status !== 0) throw new Error("scripts/bundle-cli.mjs failed");

process.stderr.write("generating rule sets in bench/.data ...\n");
generateBenchData(dataRoot);

const results = { runs };
if (sections.includes("lint")) {
  process.stderr.write("measuring lint ...\n");
  results.lint = await benchLint({ root, dataRoot, runs });
}
if (sections.includes("deploy")) {
  process.stderr.write("measuring plan and apply against the emulator ...\n");
  const { benchDeploy } = await import("./deploy.js");
  results.deploy = await benchDeploy({ root, dataRoot });
}

const machine = {
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}`,
  memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
  node: process.version,
  date: new Date().toISOString().slice(0, 10),
};
const report = renderReport(results, machine);
writeFileSync(join(root, "BENCHMARKS.md"), report);
process.stdout.write(report);
