// Writes the V8 code cache of the lint bundle (packages/cli/dist/bundle/lint.cjs.cache),
// which `load-bundle.ts` hands to V8 when the CLI loads the bundle. Run by bundle-cli.mjs
// in a process of its own, as the CLI would run. It lints examples/ in memory first, so the
// cache also contains the functions a lint run compiles, not only the bundle's top level.

import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { loadBundle, writeCodeCache } from "../packages/cli/dist/lint/load-bundle.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "packages/cli/dist/bundle/lint.cjs");
const { exports, script } = loadBundle(file);

const discard = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});
const context = {
  argv: [],
  locale: "en",
  cwd: join(root, "examples"),
  env: {},
  stdout: discard,
  stderr: discard,
  stdin: process.stdin,
};
for (const format of ["json", "stylish"]) {
  await exports.runLint(context, {
    paths: ["."],
    format,
    quiet: false,
    fix: false,
    noColor: true,
    allowEmpty: false,
  });
}

writeCodeCache(file, script);
