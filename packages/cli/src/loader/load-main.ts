import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBundle } from "./load-bundle.js";

type MainModule = typeof import("../main.js");

const bundle = new URL("../bundle/cli.cjs", import.meta.url);

/**
 * Build information of the packages the bundle contains. `tsc -b` rewrites it on every
 * compile but does not bundle, so the bundle runs only while it is newer than these files.
 * Otherwise the compiled modules run, as they do from the TypeScript sources in tests.
 */
const buildInfoFiles = [
  new URL("../../tsconfig.tsbuildinfo", import.meta.url),
  new URL("../../../core/tsconfig.tsbuildinfo", import.meta.url),
  new URL("../../../client/tsconfig.tsbuildinfo", import.meta.url),
  new URL("../../../emulator/tsconfig.tsbuildinfo", import.meta.url),
];

/**
 * Returns the command line's `main`: from `dist/bundle/cli.cjs` when the build wrote a
 * current one (see scripts/bundle-cli.mjs), else from the compiled modules.
 * `IDRS_RULES_NO_BUNDLE=1` takes the compiled modules, for debugging with their source maps.
 */
export async function loadMain(env: NodeJS.ProcessEnv): Promise<MainModule["main"]> {
  if (!env.IDRS_RULES_NO_BUNDLE && bundleIsCurrent()) {
    return (loadBundle(fileURLToPath(bundle)).exports as unknown as MainModule).main;
  }
  return (await import("../main.js")).main;
}

// Synchronous: a few `stat` calls are done before one round trip through the thread pool.
function bundleIsCurrent(): boolean {
  const bundled = modifiedAt(bundle);
  if (bundled === undefined) return false;
  // An installed package has no build information: its bundle is the one it shipped with.
  return buildInfoFiles.every((file) => (modifiedAt(file) ?? 0) <= bundled);
}

function modifiedAt(url: URL): number | undefined {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return undefined;
  }
}
