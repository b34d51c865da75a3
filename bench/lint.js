// Linting benchmarks: whole commands on 1,000 `.rule.json` files, in-process parse+check
// throughput, and the CLI's cold start.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { benchConfig } from "./generate.js";
import { timeCommand, timeFunction } from "./measure.js";

export async function benchLint({ root, dataRoot, runs }) {
  const node = process.execPath;
  const cli = join(root, "packages/cli/bin/idrs-rules.js");
  const ajvCli = join(root, "node_modules/ajv-cli/dist/index.js");
  const schemas = join(root, "schemas");
  const options = { cwd: join(dataRoot, "many") };

  const lintMs = timeCommand(
    node,
    [cli, "lint", ".", "--format", "json"],
    { ...options, expectStatus: 0 },
    runs,
  );
  const ajvMs = timeCommand(
    node,
    [
      ajvCli,
      "validate",
      "--strict=false",
      "-s",
      join(schemas, "rule-file.schema.json"),
      "-r",
      join(schemas, "content.schema.json"),
      "-d",
      "*.rule.json",
    ],
    { ...options, expectStatus: 0 },
    runs,
  );
  const floorMs = timeCommand(
    node,
    [join(root, "bench/floor.js"), "."],
    { ...options, expectStatus: 0 },
    runs,
  );

  const versionMs = timeCommand(node, [cli, "--version"], { expectStatus: 0 }, runs * 4);
  const bareNodeMs = timeCommand(node, ["-e", "0"], { expectStatus: 0 }, runs * 4);

  const throughput = await benchThroughput({ root, dataRoot, runs });
  return { lintMs, ajvMs, floorMs, versionMs, bareNodeMs, ...throughput };
}

/**
 * Chapters per second of `.idrs` parse+check through the language services, against
 * JSON.parse + one compiled ajv validator on the same content (the floor for checking).
 */
async function benchThroughput({ root, dataRoot, runs }) {
  const core = await import(join(root, "packages/core/dist/index.js"));
  // The engine's own ajv 8 (the root node_modules holds an older ajv that another tool needs).
  const requireFromCore = createRequire(join(root, "packages/core/package.json"));
  const { Ajv } = await import(requireFromCore.resolve("ajv"));
  const contentSchema = JSON.parse(readFileSync(join(root, "schemas/content.schema.json"), "utf8"));
  const validate = new Ajv({ strict: false, allErrors: true }).compile(contentSchema);
  const config = benchConfig;

  const bigIdrs = readFileSync(join(dataRoot, "big/big.idrs"), "utf8");
  const bigJson = readFileSync(join(dataRoot, "big/big.content.json"), "utf8");
  const manyFolder = join(dataRoot, "many-idrs");
  const manyIdrs = readdirSync(manyFolder)
    .filter((name) => name.endsWith(".idrs"))
    .map((name) => ({
      uri: join(manyFolder, name),
      text: readFileSync(join(manyFolder, name), "utf8"),
    }));
  const manyJson = manyIdrs.map(({ uri }) => {
    const ruleFile = uri.replace("many-idrs", "many").replace(/\.idrs$/, ".rule.json");
    return JSON.stringify(JSON.parse(readFileSync(ruleFile, "utf8")).content);
  });

  const checkIdrs = (documents) => {
    const services = core.createLanguageServices({ locale: "en", config });
    for (const { uri, text } of documents) services.setDocument(uri, text);
    let count = 0;
    for (const { uri } of documents) count += services.check(uri).length;
    return count;
  };
  const checkJson = (texts) => {
    let invalid = 0;
    for (const text of texts) if (!validate(JSON.parse(text))) invalid++;
    return invalid;
  };

  const bigChapters = 10_001;
  const manyChapters = manyIdrs.length * 21;
  const idrsBigMs = timeFunction(() => checkIdrs([{ uri: "big.idrs", text: bigIdrs }]), runs);
  const jsonBigMs = timeFunction(() => checkJson([bigJson]), runs);
  const idrsManyMs = timeFunction(() => checkIdrs(manyIdrs), runs);
  const jsonManyMs = timeFunction(() => checkJson(manyJson), runs);

  return {
    idrsBigRate: (bigChapters / idrsBigMs) * 1000,
    jsonBigRate: (bigChapters / jsonBigMs) * 1000,
    idrsManyRate: (manyChapters / idrsManyMs) * 1000,
    jsonManyRate: (manyChapters / jsonManyMs) * 1000,
  };
}
