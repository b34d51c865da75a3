#!/usr/bin/env node
// Committed entry point: npm links `bin` at install time only for files that exist, and the
// TypeScript build in `prepare` writes dist/ after that.
import { loadMain } from "../dist/loader/load-main.js";

const main = await loadMain(process.env);
const code = await main(process.argv.slice(2));

// Every command has finished its work when `main` returns. Exit once the output is flushed:
// a natural exit first tears the heap down, which takes tens of milliseconds after a lint
// run over thousands of files. On POSIX, writes to a pipe complete asynchronously, and the
// callback of an empty write runs after the writes queued before it.
const flushed = (stream) => new Promise((resolve) => stream.write("", resolve));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
