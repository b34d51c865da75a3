import type { CommandDefinition } from "../command.js";
import { connectionOptions } from "../deploy/options.js";
import { runApply } from "../deploy/run-apply.js";
import { reportFailure } from "../deploy/session.js";
import { deployEn } from "../i18n/deploy.en.js";
import { deployZhCN } from "../i18n/deploy.zh-CN.js";

export const command: CommandDefinition = {
  name: "apply",
  summary: { en: deployEn["apply.summary"], "zh-CN": deployZhCN["apply.summary"] },
  help: { en: deployEn["apply.help"], "zh-CN": deployZhCN["apply.help"] },
  options: {
    ...connectionOptions,
    plan: { type: "string" },
    prune: { type: "boolean" },
    force: { type: "boolean" },
    yes: { type: "boolean", short: "y" },
    "allow-empty": { type: "boolean" },
    concurrency: { type: "string" },
    "audit-log": { type: "string" },
  },
  allowPositionals: true,

  async run(context, values, positionals) {
    try {
      return await runApply(context, values, positionals);
    } catch (error) {
      return reportFailure(context, error);
    }
  },
};
