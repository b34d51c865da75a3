import type { CommandDefinition } from "../command.js";
import { connectionOptions } from "../deploy/options.js";
import { runPull } from "../deploy/run-pull.js";
import { reportFailure } from "../deploy/session.js";
import { deployEn } from "../i18n/deploy.en.js";
import { deployZhCN } from "../i18n/deploy.zh-CN.js";

export const command: CommandDefinition = {
  name: "pull",
  summary: { en: deployEn["pull.summary"], "zh-CN": deployZhCN["pull.summary"] },
  help: { en: deployEn["pull.help"], "zh-CN": deployZhCN["pull.help"] },
  options: {
    ...connectionOptions,
    format: { type: "string" },
    force: { type: "boolean" },
  },
  allowPositionals: true,

  async run(context, values, positionals) {
    try {
      return await runPull(context, values, positionals);
    } catch (error) {
      return reportFailure(context, error);
    }
  },
};
