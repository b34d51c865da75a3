// Bundles the compiled `lint` command (packages/cli/dist/lint/lint-command.js, written by
// `tsc -b`) with the engine and every library it imports into one file,
// packages/cli/dist/bundle/lint.js. Node loads it several times faster than the ~850
// modules it replaces (chevrotain alone imports ~650 modules of lodash-es). Run by the root
// `build` and `prepare` scripts after `tsc -b`. `src/lint/run-lint.ts` loads the bundle
// only while it is newer than the build information of the packages it contains.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "packages/cli/dist");
const outdir = join(dist, "bundle");

/**
 * Leaves `cli/errors.js` outside the bundle. `main.ts` tells a usage error from a bug with
 * `instanceof UsageError`, so the lint command must throw the class of the module `main`
 * loaded, not a bundled copy of it.
 */
const sharedErrorClass = {
  name: "shared-error-class",
  setup(plugin) {
    plugin.onResolve({ filter: /\/cli\/errors\.js$/ }, () => ({
      path: "../cli/errors.js",
      external: true,
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });

await build({
  // The compiled module, not the TypeScript source: the bundle runs exactly the code that
  // `tsc` emitted, and `@idrs-rules/core` resolves through node_modules to its dist/.
  entryPoints: { lint: join(dist, "lint/lint-command.js") },
  // `packageVersion()` reads `../../package.json` from its own module's URL; dist/bundle/ is
  // two folders below the package, like dist/cli/, so it still finds the package's file.
  outdir,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  plugins: [sharedErrorClass],
  sourcemap: true,
  logLevel: "warning",
});
