import { resolve } from "node:path";
import type { CommandDefinition } from "../command.js";
import { DeployError } from "../deploy/errors.js";
import { makePlan } from "../deploy/make-plan.js";
import { connectionOptions } from "../deploy/options.js";
import { planHasChanges, renderPlan } from "../deploy/render-plan.js";
import { serializePlan } from "../deploy/saved-plan.js";
import { note, openSession, reportFailure } from "../deploy/session.js";
import { deployEn } from "../i18n/deploy.en.js";
import { deployZhCN } from "../i18n/deploy.zh-CN.js";
import { writeFileAtomic } from "../workspace/atomic-write.js";

export const command: CommandDefinition = {
  name: "plan",
  summary: { en: deployEn["plan.summary"], "zh-CN": deployZhCN["plan.summary"] },
  help: { en: deployEn["plan.help"], "zh-CN": deployZhCN["plan.help"] },
  options: {
    ...connectionOptions,
    prune: { type: "boolean" },
    out: { type: "string" },
    "detailed-exitcode": { type: "boolean" },
  },
  allowPositionals: true,

  async run(context, values, positionals) {
    const detailed = values["detailed-exitcode"] === true;
    try {
      const session = await openSession(context, values, positionals);
      const { plan } = await makePlan(session, context, values.prune === true);
      context.stdout.write(renderPlan(plan, context.locale));

      if (typeof values.out === "string") {
        const path = resolve(context.cwd, values.out);
        await writeFileAtomic(path, serializePlan(plan)).catch((error: Error) => {
          throw new DeployError("deploy.plan.writeFailed", { path, reason: error.message }, 1);
        });
        note(context, "plan.saved", { path: values.out });
      }
      if (detailed) return planHasChanges(plan) ? 2 : 0;
      return 0;
    } catch (error) {
      const code = reportFailure(context, error);
      // With --detailed-exitcode, 2 means "changes", so every failure is 1.
      return detailed ? 1 : code;
    }
  },
};
