// Loads the command line's bundle with its V8 code cache. CommonJS, like the entry point
// beside it: Node starts a CommonJS entry without setting up its ES module loader.
"use strict";

const { readFileSync, statSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { dirname } = require("node:path");
const { Script } = require("node:vm");

/**
 * Loads the CommonJS bundle `file` with the V8 code cache written beside it at build time,
 * so that Node skips compiling the functions the cache contains. Without a usable cache the
 * bundle is compiled as usual: V8 itself rejects a cache of another Node.js version, and
 * the stamp rejects a cache of another build of the bundle.
 *
 * @param {string} file
 * @returns {{ exports: Record<string, unknown>, script: Script, cacheUsed: boolean }}
 */
function loadBundle(file) {
  const source = readFileSync(file, "utf8");
  const cachedData = readCodeCache(file);
  // The function wrapper Node puts around CommonJS modules, on one line so positions stay right.
  const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
  const script = new Script(wrapped, { filename: file, cachedData });

  const module = { exports: {} };
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    script,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
  };
}

/**
 * Writes the code cache of a loaded bundle. Call it after running the bundle on typical
 * work, so the cache also contains the functions compiled meanwhile.
 *
 * @param {string} file
 * @param {Script} script
 */
function writeCodeCache(file, script) {
  writeFileSync(cacheFile(file), script.createCachedData());
  writeFileSync(stampFile(file), `${JSON.stringify(stampOf(file))}\n`);
}

/** Origin of a cache: the build of the bundle and the Node.js version it was made with. */
function stampOf(file) {
  const stats = statSync(file);
  return { size: stats.size, mtimeMs: stats.mtimeMs, node: `${process.version} ${process.arch}` };
}

/**
 * Returns the cache when its stamp matches the bundle. V8 checks only the length of the
 * source, so a rebuilt bundle of the same length must not get the old cache.
 */
function readCodeCache(file) {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(file), "utf8"));
    const current = stampOf(file);
    if (
      stamp.size !== current.size ||
      stamp.mtimeMs !== current.mtimeMs ||
      stamp.node !== current.node
    )
      return undefined;
    return readFileSync(cacheFile(file));
  } catch {
    // No cache yet (a build without the warm-up step) or an unreadable one: compile.
    return undefined;
  }
}

const cacheFile = (file) => `${file}.cache`;
const stampFile = (file) => `${file}.cache.json`;

exports.loadBundle = loadBundle;
exports.writeCodeCache = writeCodeCache;
