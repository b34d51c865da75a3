#!/usr/bin/env node
// Committed entry point: npm links `bin` at install time only for files that exist, and the
// TypeScript build in `prepare` writes dist/ after that. CommonJS (see bin/package.json),
// because Node starts a CommonJS entry faster than an ES module.
"use strict";

const { statSync } = require("node:fs");
const { join } = require("node:path");
const { loadBundle } = require("./load-bundle.js");

const packages = join(__dirname, "../..");
const bundle = join(__dirname, "../dist/bundle/cli.cjs");

/**
 * Build information of the packages the bundle contains. `tsc -b` rewrites it on every
 * compile but does not bundle, so the bundle runs only while it is newer than these files.
 * Otherwise the compiled modules run. An installed package has no build information: its
 * bundle is the one it shipped with.
 */
const buildInfoFiles = ["cli", "core", "client", "emulator"].map((name) =>
  join(packages, name, "tsconfig.tsbuildinfo"),
);

function modifiedAt(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function bundleIsCurrent() {
  const bundled = modifiedAt(bundle);
  if (bundled === undefined) return false;
  return buildInfoFiles.every((file) => (modifiedAt(file) ?? 0) <= bundled);
}

/**
 * Returns the command line's `main`: from dist/bundle/cli.cjs when the build wrote a current
 * one (see scripts/bundle-cli.mjs), else from the compiled modules.
 * `IDRS_RULES_NO_BUNDLE=1` takes the compiled modules, for debugging with their source maps.
 */
async function loadMain() {
  if (!process.env.IDRS_RULES_NO_BUNDLE && bundleIsCurrent()) {
    try {
      return loadBundle(bundle).exports.main;
    } catch {
      // A damaged bundle (a build stopped half-way) must not stop the command: the
      // compiled modules do the same work, only slower to load.
    }
  }
  return (await import("../dist/main.js")).main;
}

async function run() {
  const main = await loadMain();
  const code = await main(process.argv.slice(2));

  // Every command has finished its work when `main` returns. Exit once the output is
  // flushed: a natural exit first tears the heap down, which takes tens of milliseconds
  // after a lint run over thousands of files. On POSIX, writes to a pipe complete
  // asynchronously, and the callback of an empty write runs after the writes before it.
  const flushed = (stream) => new Promise((resolve) => stream.write("", resolve));
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

run();
