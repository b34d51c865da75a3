import type { en } from "../en/index.js";
import { jsonMessages } from "./json.js";
import { lintMessages } from "./lint.js";
import { syntaxMessages } from "./syntax.js";

/** The zh-CN catalog. Typed against en so a missing key fails the build. */
export const zhCN: Record<keyof typeof en, string> = {
  ...syntaxMessages,
  ...jsonMessages,
  ...lintMessages,
};
