// Bundles the compiled command line (packages/cli/dist/main.js, written by `tsc -b`) with
// the engine and every library it uses into packages/cli/dist/bundle/cli.cjs, and writes
// its V8 code cache. Node loads that one file with its cache several times faster than the
// ES modules it replaces (chevrotain alone imports ~650 modules of lodash-es), and loading
// was the largest cost of a lint run. Run by the root `build` and `prepare` scripts after
// `tsc -b`. `bin/idrs-rules.js` runs the bundle only while it is newer than the build
// information of the packages it contains.
//
// Commands stay lazy inside the bundle: their modules run when the command does, so
// `--version` and `--help` run none of the engine. The `.idrs` parser (chevrotain and
// lodash-es) goes into a second file, dist/bundle/idrs-syntax.cjs, loaded on the first
// `.idrs` file parsed: a project of `*.rule.json` files never compiles or runs it.
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "packages/cli/dist");
const coreDist = join(root, "packages/core/dist");
const outdir = join(dist, "bundle");
const syntaxFile = "idrs-syntax.cjs";
const cliFile = "cli.cjs";

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

/**
 * fdir (under tinyglobby) looks for picomatch with `require.resolve` and `require` when it
 * loads, which would load a second copy from node_modules on every run. The bundle already
 * contains picomatch, so fdir gets that copy instead.
 */
const bundledPicomatch = {
  name: "bundled-picomatch",
  setup(plugin) {
    plugin.onLoad({ filter: /\/fdir\/dist\/index\.mjs$/ }, ({ path }) => {
      const source = readFileSync(path, "utf8");
      const probe = /__require\.resolve\("picomatch"\);\s*pm = __require\("picomatch"\);/;
      // A new fdir that loads it differently must be looked at again, not bundled blindly.
      if (!probe.test(source)) throw new Error(`${path}: the picomatch lookup changed`);
      const contents = `import bundledPicomatch from "picomatch";\n${source.replace(probe, "pm = bundledPicomatch;")}`;
      return { contents, loader: "js" };
    });
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

const cli = await build({
  ...common,
  // The compiled modules, not the TypeScript sources: the bundle runs exactly the code that
  // `tsc` emitted, and `@idrs-rules/core` resolves through node_modules to its dist/.
  entryPoints: [join(dist, "main.js")],
  // `packageVersion()` reads `../../package.json` from its own module's URL; dist/bundle/ is
  // two folders below the package, like dist/cli/, so it still finds the package's file.
  outfile: join(outdir, cliFile),
  // CommonJS, because only a script (not an ES module) can be compiled with a code cache
  // on Node.js 20 (see `bin/load-bundle.js`). `import.meta.url` becomes the bundle's own URL.
  format: "cjs",
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'var __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [lazyParser, bundledPicomatch],
  // Loaded on first use by the module the plugin writes.
  external: [`./${syntaxFile}`],
  metafile: true,
});

// The split is only worth its complexity while it holds: fail the build when a new import
// pulls the parser back into the main bundle.
const parserInputs = Object.keys(cli.metafile.inputs).filter((input) =>
  /node_modules\/chevrotain\/|syntax\/(tokens|parser|parse)\.js$/.test(input),
);
if (parserInputs.length > 0) {
  throw new Error(`the CLI bundle must not contain the .idrs parser: ${parserInputs.join(", ")}`);
}

// `bin/load-bundle.js` runs the bundle as a script, where `import()` throws: esbuild turns the
// imports of bundled modules into `require`, and a module that needs a dependency late
// must `require` it too.
const cliSource = readFileSync(join(outdir, cliFile), "utf8");
if (/[^\w$.]import\(/.test(cliSource)) {
  throw new Error("the CLI bundle must not use import(): it runs as a script (bin/load-bundle.js)");
}

await build({
  ...common,
  entryPoints: [join(coreDist, "syntax/parse.js")],
  outfile: join(outdir, syntaxFile),
  format: "cjs",
});

// The code cache, made by commands run in a process of its own: see warm-cli-cache.mjs.
execFileSync(process.execPath, [join(root, "scripts/warm-cli-cache.mjs")], { stdio: "inherit" });
