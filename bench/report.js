// Renders BENCHMARKS.md from one run's measurements: ratios first, raw numbers beside them.

const ms = (value) => `${value.toFixed(0)} ms`;
const rate = (value) => `${Math.round(value).toLocaleString("en-US")} chapters/s`;
const ratio = (value) => `${value.toFixed(2)}×`;
const verdict = (ok) => (ok ? "met" : "**not met**");

function lintSection(lint, runs) {
  const vsAjv = lint.lintMs / lint.ajvMs;
  const vsFloor = lint.lintMs / lint.floorMs;
  const bigShare = lint.idrsBigRate / lint.jsonBigRate;
  const manyShare = lint.idrsManyRate / lint.jsonManyRate;
  return `## Linting

Wall time of whole commands, median of ${runs} runs after one warm-up, on 1,000
\`.rule.json\` files of 20 chapters each, run in \`bench/.data/many\`.

| command | time | ratio | target | |
|---|---|---|---|---|
| \`idrs-rules lint . --format json\` | ${ms(lint.lintMs)} | 1.00× | | |
| \`ajv-cli validate\` with the same schemas | ${ms(lint.ajvMs)} | lint / ajv-cli = ${ratio(vsAjv)} | ≤ 0.50× | ${verdict(vsAjv <= 0.5)} |
| floor: \`node bench/floor.js .\` (read + \`JSON.parse\`) | ${ms(lint.floorMs)} | lint / floor = ${ratio(vsFloor)} | ≤ 2.00× | ${verdict(vsFloor <= 2)} |

In-process throughput, median of ${runs} runs: \`.idrs\` parse + every lint rule through
\`createLanguageServices\`, against \`JSON.parse\` + one compiled ajv validator of the
content schema on the same content (the floor for checking).

| rule set | \`.idrs\` parse + check | \`JSON.parse\` + ajv | share | target | |
|---|---|---|---|---|---|
| one rule of 10,000 chapters | ${rate(lint.idrsBigRate)} | ${rate(lint.jsonBigRate)} | ${(bigShare * 100).toFixed(0)}% | ≥ 20% | ${verdict(bigShare >= 0.2)} |
| 1,000 rules of 20 chapters | ${rate(lint.idrsManyRate)} | ${rate(lint.jsonManyRate)} | ${(manyShare * 100).toFixed(0)}% | ≥ 20% | ${verdict(manyShare >= 0.2)} |

Cold start, median of ${runs * 4} runs:

| command | time | target | |
|---|---|---|---|
| \`idrs-rules --version\` | ${ms(lint.versionMs)} | ≤ 150 ms | ${verdict(lint.versionMs <= 150)} |
| \`node -e 0\` (Node's own start) | ${ms(lint.bareNodeMs)} | | |
`;
}

function deploySection(deploy) {
  const rows = deploy.rows
    .map(
      (row) =>
        `| ${row.label} | ${row.total.toLocaleString("en-US")} (${Object.entries(row.byAction)
          .map(([action, count]) => `${action} ${count}`)
          .join(", ")}) | ${ms(row.ms)} | ${ratio(row.ms / row.baselineMs)} |`,
    )
    .join("\n");
  return `## Deployment against the emulator

${deploy.description}

| work | requests | time | time / same work by pop-core |
|---|---|---|---|
${rows}
`;
}

export function renderReport(results, machine) {
  const parts = [
    `# Benchmarks

Measured by \`npm run bench\` (\`bench/run.js\`; \`BENCH_RUNS=N\` sets the number of runs,
\`BENCH_ONLY=lint\` or \`BENCH_ONLY=deploy\` one section). The rule sets are generated
deterministically into \`bench/.data/\` on every run.

Machine: ${machine.cpu}, ${machine.memory} of memory, Node.js ${machine.node}, measured
${machine.date}. Numbers from another machine differ; the ratios are what to compare.
`,
  ];
  if (results.lint) parts.push(lintSection(results.lint, results.runs));
  if (results.deploy) parts.push(deploySection(results.deploy));
  return `${parts.join("\n")}`;
}
