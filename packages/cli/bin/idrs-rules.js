#!/usr/bin/env node
// Committed entry point: npm links `bin` at install time only for files that exist, and the
// TypeScript build in `prepare` writes dist/ after that.
import { main } from "../dist/main.js";

process.exitCode = await main(process.argv.slice(2));
