import type { CommandEntry } from "../command.js";
import { deployEn } from "../i18n/deploy.en.js";
import { deployZhCN } from "../i18n/deploy.zh-CN.js";
import { en } from "../i18n/en.js";
import { zhCN } from "../i18n/zh-CN.js";

/**
 * Every subcommand, in the order the global help lists them. Modules are imported lazily so
 * that `--version` and `--help` do not load the engine.
 */
export const commandTable: readonly CommandEntry[] = [
  {
    name: "lint",
    summary: { en: en["lint.summary"], "zh-CN": zhCN["lint.summary"] },
    load: async () => (await import("./lint.js")).command,
  },
  {
    name: "fmt",
    summary: { en: en["fmt.summary"], "zh-CN": zhCN["fmt.summary"] },
    load: async () => (await import("./fmt.js")).command,
  },
  {
    name: "compile",
    summary: { en: en["compile.summary"], "zh-CN": zhCN["compile.summary"] },
    load: async () => (await import("./compile.js")).command,
  },
  {
    name: "decompile",
    summary: { en: en["decompile.summary"], "zh-CN": zhCN["decompile.summary"] },
    load: async () => (await import("./decompile.js")).command,
  },
  {
    name: "pull",
    summary: { en: deployEn["pull.summary"], "zh-CN": deployZhCN["pull.summary"] },
    load: async () => (await import("./pull.js")).command,
  },
  {
    name: "plan",
    summary: { en: deployEn["plan.summary"], "zh-CN": deployZhCN["plan.summary"] },
    load: async () => (await import("./plan.js")).command,
  },
  {
    name: "apply",
    summary: { en: deployEn["apply.summary"], "zh-CN": deployZhCN["apply.summary"] },
    load: async () => (await import("./apply.js")).command,
  },
  {
    name: "emulator",
    summary: { en: deployEn["emulator.summary"], "zh-CN": deployZhCN["emulator.summary"] },
    load: async () => (await import("./emulator.js")).command,
  },
];
