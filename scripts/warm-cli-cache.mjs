// Writes the V8 code cache of the CLI bundle (packages/cli/dist/bundle/cli.cjs.cache),
// which `bin/load-bundle.js` hands to V8 when `bin/idrs-rules.js` loads the bundle. Run by
// bundle-cli.mjs in a process of its own, as the command line would run. It lints
// examples/ in memory first, so the cache also contains the functions a lint run compiles,
// not only the bundle's top level.

import { dirname, join } from "node:path";
import { Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { loadBundle, writeCodeCache } from "../packages/cli/bin/load-bundle.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const file = join(root, "packages/cli/dist/bundle/cli.cjs");
const { exports, script } = loadBundle(file);

const discard = new Writable({
  write(_chunk, _encoding, done) {
    done();
  },
});
const io = {
  locale: "en",
  cwd: join(root, "examples"),
  env: {},
  stdout: discard,
  stderr: discard,
};
for (const argv of [["lint", "."], ["lint", ".", "--format", "json"], ["--version"]]) {
  await exports.main(argv, io);
}

writeCodeCache(file, script);
