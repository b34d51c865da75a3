import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import type { ReporterName } from "./names.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

export type { ReporterName } from "./names.js";

/** The reporter of each format of `lint --format`. */
export const reporters: Record<ReporterName, Reporter> = { stylish, json, sarif, github, junit };
