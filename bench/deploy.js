// Deployment benchmark: `idrs-rules plan` and `apply` of 1,000 rules against the emulator,
// compared in the same run with the same work done by sequential @alicloud/pop-core calls.
// Requests are counted from the emulator's one-line-per-request log.
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

function createCountingLogger() {
  const counts = new Map();
  const count = (line) => {
    const action = /^([A-Za-z]+) \d{3} /.exec(line)?.[1];
    if (action) counts.set(action, (counts.get(action) ?? 0) + 1);
  };
  return {
    logger: { debug() {}, info: count, warn() {}, error: count },
    take() {
      const total = [...counts.values()].reduce((sum, value) => sum + value, 0);
      const byAction = Object.fromEntries(counts);
      counts.clear();
      return { total, byAction };
    },
  };
}

/** Runs the CLI without blocking this process, which serves the emulator. */
function runCli(root, args, options) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [join(root, "packages/cli/bin/idrs-rules.js"), ...args], {
      ...options,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    child.on("error", reject);
    child.on("close", (status) => {
      const ms = performance.now() - start;
      if (!options.okStatuses.includes(status)) {
        reject(new Error(`idrs-rules ${args.join(" ")} exited ${status}:\n${output.slice(-3000)}`));
      } else {
        resolve(ms);
      }
    });
  });
}

async function measureIdrsRules({ root, dataRoot, startEmulator }) {
  const counter = createCountingLogger();
  const emulator = await startEmulator({ port: 0, logger: counter.logger });
  const repo = join(dataRoot, "deploy-repo");
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  cpSync(join(dataRoot, "many"), join(repo, "rules"), { recursive: true });
  writeFileSync(
    join(repo, "idrs.config.json"),
    `${JSON.stringify({ deploy: { endpoint: emulator.url } })}\n`,
  );

  const [key] = emulator.accessKeys;
  const options = {
    cwd: repo,
    env: {
      ...process.env,
      ALIBABA_CLOUD_ACCESS_KEY_ID: key.id,
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: key.secret,
      NO_COLOR: "1",
    },
  };
  const rows = [];
  try {
    const planMs = await runCli(root, ["plan"], { ...options, okStatuses: [0] });
    rows.push({ label: "`idrs-rules plan` (1,000 to create)", ms: planMs, ...counter.take() });
    const applyMs = await runCli(root, ["apply", "--yes"], { ...options, okStatuses: [0] });
    rows.push({
      label: "`idrs-rules apply --yes` (1,000 creates, 4 in flight)",
      ms: applyMs,
      ...counter.take(),
    });
    const replanMs = await runCli(root, ["plan"], { ...options, okStatuses: [0] });
    rows.push({
      label: "`idrs-rules plan` again (1,000 unchanged)",
      ms: replanMs,
      ...counter.take(),
    });
  } finally {
    await emulator.close();
  }
  return rows;
}

/** The same work as plan + apply, one pop-core call at a time: list every page, then create. */
async function measurePopCore({ root, dataRoot, startEmulator }) {
  const require = createRequire(join(root, "package.json"));
  const RPCClient = require("@alicloud/pop-core").RPCClient;
  const { readdirSync, readFileSync } = await import("node:fs");
  const counter = createCountingLogger();
  const emulator = await startEmulator({ port: 0, logger: counter.logger });
  const [key] = emulator.accessKeys;
  const client = new RPCClient({
    accessKeyId: key.id,
    accessKeySecret: key.secret,
    endpoint: emulator.url,
    apiVersion: "2020-06-30",
  });
  const folder = join(dataRoot, "many");
  const rules = readdirSync(folder)
    .filter((name) => name.endsWith(".rule.json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(folder, name), "utf8")));

  const listAll = async () => {
    for (let pageIndex = 1; ; pageIndex++) {
      const page = await client.request(
        "ListRules",
        { PageIndex: pageIndex, PageSize: 100 },
        { method: "POST" },
      );
      if (pageIndex >= Number(page.Data.TotalPages ?? 0)) return;
    }
  };

  try {
    let start = performance.now();
    await listAll();
    const listMs = performance.now() - start;
    const listCounts = counter.take();

    start = performance.now();
    for (const rule of rules) {
      await client.request(
        "CreateRule",
        { Name: rule.name, Content: JSON.stringify(rule.content) },
        { method: "POST" },
      );
    }
    const createMs = performance.now() - start;
    const createCounts = counter.take();

    start = performance.now();
    await listAll();
    const relistMs = performance.now() - start;
    const relistCounts = counter.take();
    return { listMs, listCounts, createMs, createCounts, relistMs, relistCounts };
  } finally {
    await emulator.close();
  }
}

export async function benchDeploy({ root, dataRoot }) {
  const { startEmulator } = await import(join(root, "packages/emulator/dist/index.js"));
  const ours = await measureIdrsRules({ root, dataRoot, startEmulator });
  const pop = await measurePopCore({ root, dataRoot, startEmulator });
  const baselines = [pop.listMs, pop.createMs, pop.relistMs];
  const rows = ours.map((row, index) => ({ ...row, baselineMs: baselines[index] }));
  rows.push(
    {
      label: "pop-core, sequential: list every page",
      ms: pop.listMs,
      ...pop.listCounts,
      baselineMs: pop.listMs,
    },
    {
      label: "pop-core, sequential: 1,000 CreateRule",
      ms: pop.createMs,
      ...pop.createCounts,
      baselineMs: pop.createMs,
    },
    {
      label: "pop-core, sequential: list again",
      ms: pop.relistMs,
      ...pop.relistCounts,
      baselineMs: pop.relistMs,
    },
  );
  return {
    description: `Each row starts a process (ours) or runs in the benchmark process (pop-core); both
talk over HTTP on 127.0.0.1 to an in-memory emulator started for that side. Ratios compare
each \`idrs-rules\` command with the pop-core calls that do the same requests' work: \`plan\`
with listing every page, \`apply\` with creating the 1,000 rules one at a time. Our times
include Node's start, reading and compiling the repository, and writing the lock file and
audit log.`,
    rows,
  };
}
