import { github } from "./github.js";
import { json } from "./json.js";
import { junit } from "./junit.js";
import { sarif } from "./sarif.js";
import { stylish } from "./stylish.js";
import type { Reporter } from "./types.js";

/** Report formats of `lint --format`, the first being the default. */
export const reporters = { stylish, json, sarif, github, junit } satisfies Record<string, Reporter>;

export type ReporterName = keyof typeof reporters;

export function isReporterName(name: string): name is ReporterName {
  return Object.hasOwn(reporters, name);
}
