// Bundles the compiled `lint` command (packages/cli/dist/lint/lint-command.js, written by
// `tsc -b`) with the engine and every library it imports into
// packages/cli/dist/bundle/lint.js. Node loads it several times faster than the ~850
// modules it replaces (chevrotain alone imports ~650 modules of lodash-es). Run by the root
// `build` and `prepare` scripts after `tsc -b`. `src/lint/run-lint.ts` loads the bundle
// only while it is newer than the build information of the packages it contains.
//
// The `.idrs` parser (chevrotain and lodash-es, a third of the code) goes into a second
// file, dist/bundle/idrs-syntax.cjs, loaded on the first `.idrs` file parsed: a project of
// `*.rule.json` files never compiles or runs it.
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "packages/cli/dist");
const coreDist = join(root, "packages/core/dist");
const outdir = join(dist, "bundle");
const syntaxFile = "idrs-syntax.cjs";

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

/**
 * Replaces core's `syntax/parse.js` by a module that loads the parser bundle synchronously
 * on first use, so `parseIdrs` keeps its synchronous signature. The parser bundle contains
 * its own copy of the modules it shares with the engine (messages, diagnostics). That is
 * safe because those modules keep no state and the model the parser returns is plain data.
 */
const lazyParser = {
  name: "lazy-idrs-parser",
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/parse\.js$/ }, (args) =>
      args.importer === join(coreDist, "syntax/index.js")
        ? { path: "idrs-syntax", namespace: "lazy-idrs-parser" }
        : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: "lazy-idrs-parser" }, () => ({
      loader: "js",
      contents: [
        'import { createRequire } from "node:module";',
        "const require = createRequire(import.meta.url);",
        "let syntax;",
        `const load = () => (syntax ??= require("./${syntaxFile}"));`,
        "export const parseIdrs = (text, options) => load().parseIdrs(text, options);",
        "export const serializedIdrsGrammar = () => load().serializedIdrsGrammar();",
      ].join("\n"),
    }));
    // The formatter imports `isValidIdentifier` through the token module, which builds
    // chevrotain token types when it loads; the function itself lives in matchers.js.
    plugin.onResolve({ filter: /\/syntax\/tokens\.js$/ }, (args) =>
      args.importer === join(coreDist, "format/layout.js")
        ? { path: join(coreDist, "syntax/matchers.js") }
        : undefined,
    );
  },
};

rmSync(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
};

const lint = await build({
  ...common,
  // The compiled module, not the TypeScript source: the bundle runs exactly the code that
  // `tsc` emitted, and `@idrs-rules/core` resolves through node_modules to its dist/.
  entryPoints: { lint: join(dist, "lint/lint-command.js") },
  // `packageVersion()` reads `../../package.json` from its own module's URL; dist/bundle/ is
  // two folders below the package, like dist/cli/, so it still finds the package's file.
  outdir,
  format: "esm",
  plugins: [sharedErrorClass, lazyParser],
  metafile: true,
});

// The split is only worth its complexity while it holds: fail the build when a new import
// pulls the parser back into the lint bundle.
const parserInputs = Object.keys(lint.metafile.inputs).filter((input) =>
  /node_modules\/chevrotain\/|syntax\/(tokens|parser|parse)\.js$/.test(input),
);
if (parserInputs.length > 0) {
  throw new Error(`the lint bundle must not contain the .idrs parser: ${parserInputs.join(", ")}`);
}

await build({
  ...common,
  entryPoints: [join(coreDist, "syntax/parse.js")],
  outfile: join(outdir, syntaxFile),
  format: "cjs",
});
