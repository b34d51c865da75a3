import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { CommandContext } from "../command.js";
import type { LintOptions } from "./lint-command.js";
import { loadBundle } from "./load-bundle.js";

export type { LintOptions } from "./lint-command.js";

type LintCommandModule = typeof import("./lint-command.js");

/**
 * Runs the `lint` command, whose work is in `lint-command.ts`. `npm run build` also bundles
 * that module with the engine into `dist/bundle/lint.cjs` (scripts/bundle-cli.mjs), with a
 * V8 code cache beside it. Node loads that one file several times faster than the ~850
 * modules it replaces (chevrotain alone imports ~650 modules of lodash-es), and loading was
 * the largest cost of a lint run.
 */
export async function runLint(context: CommandContext, options: LintOptions): Promise<number> {
  const command = await loadLintCommand();
  return command.runLint(context, options);
}

const bundle = new URL("../bundle/lint.cjs", import.meta.url);

/**
 * Build information of the two packages the bundle contains. `tsc -b` rewrites it on every
 * compile but does not bundle, so the bundle runs only while it is newer than both files.
 * Otherwise the compiled modules run. From the TypeScript sources (tests) no bundle exists.
 */
const buildInfoFiles = [
  new URL("../../tsconfig.tsbuildinfo", import.meta.url),
  new URL("../../../core/tsconfig.tsbuildinfo", import.meta.url),
];

async function loadLintCommand(): Promise<LintCommandModule> {
  if (await bundleIsCurrent())
    return loadBundle(fileURLToPath(bundle)).exports as unknown as LintCommandModule;
  return import("./lint-command.js");
}

async function bundleIsCurrent(): Promise<boolean> {
  const bundled = await modifiedAt(bundle);
  if (bundled === undefined) return false;
  // An installed package has no build information: its bundle is the one it shipped with.
  const compiled = await Promise.all(buildInfoFiles.map(modifiedAt));
  return compiled.every((time) => (time ?? 0) <= bundled);
}

async function modifiedAt(url: URL): Promise<number | undefined> {
  try {
    return (await stat(url)).mtimeMs;
  } catch {
    return undefined;
  }
}
