import { readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Script } from "node:vm";

/**
 * Loads the CommonJS bundle `file` with the V8 code cache written beside it at build time,
 * so that Node skips compiling the functions the cache contains. A lint run spends a large
 * share of its time compiling the engine otherwise. Without a usable cache the bundle is
 * compiled as usual: V8 itself rejects a cache of another Node.js version, and the stamp
 * rejects a cache of another build of the bundle.
 */
export function loadBundle(file: string): LoadedBundle {
  const source = readFileSync(file, "utf8");
  const cachedData = readCodeCache(file);
  const script = new Script(wrap(source), { filename: file, cachedData });
  const run = script.runInThisContext() as BundleFunction;

  const module = { exports: {} as Record<string, unknown> };
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    script,
    cacheUsed: cachedData !== undefined && !script.cachedDataRejected,
  };
}

export interface LoadedBundle {
  exports: Record<string, unknown>;
  script: Script;
  /** True when V8 took the code cache. */
  cacheUsed: boolean;
}

type BundleFunction = (
  this: unknown,
  exports: unknown,
  require: NodeJS.Require,
  module: unknown,
  filename: string,
  dirname: string,
) => void;

/** The function wrapper Node puts around CommonJS modules, on one line so positions stay right. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

/**
 * Writes the code cache of a loaded bundle. Call it after running the bundle on typical
 * work, so the cache also contains the functions compiled meanwhile.
 */
export function writeCodeCache(file: string, script: Script): void {
  writeFileSync(cacheFile(file), script.createCachedData());
  writeFileSync(stampFile(file), `${JSON.stringify(stampOf(file))}\n`);
}

/** Origin of a cache: the build of the bundle and the Node.js version it was made with. */
interface Stamp {
  size: number;
  mtimeMs: number;
  node: string;
}

function stampOf(file: string): Stamp {
  const stats = statSync(file);
  return { size: stats.size, mtimeMs: stats.mtimeMs, node: `${process.version} ${process.arch}` };
}

/**
 * Returns the cache when its stamp matches the bundle. V8 checks only the length of the
 * source, so a rebuilt bundle of the same length must not get the old cache.
 */
function readCodeCache(file: string): Buffer | undefined {
  try {
    const stamp = JSON.parse(readFileSync(stampFile(file), "utf8")) as Stamp;
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

const cacheFile = (file: string) => `${file}.cache`;
const stampFile = (file: string) => `${file}.cache.json`;
