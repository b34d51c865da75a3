import { jsonMessages } from "./json.js";
import { lintMessages } from "./lint.js";
import { syntaxMessages } from "./syntax.js";

/** The en catalog: every message of the engine, one key each. */
export const en = { ...syntaxMessages, ...jsonMessages, ...lintMessages } as const;
