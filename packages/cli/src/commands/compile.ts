import { UsageError } from "../cli/errors.js";
import type { CommandDefinition } from "../command.js";
import { message } from "../i18n/index.js";
import { bothLocales } from "./help-texts.js";

export const command: CommandDefinition = {
  name: "compile",
  summary: bothLocales("compile.summary"),
  help: bothLocales("compile.help"),
  options: {
    rule: { type: "string" },
    pretty: { type: "boolean" },
    config: { type: "string" },
  },
  allowPositionals: true,
  async run(context, values, positionals) {
    const [file] = positionals;
    if (file === undefined || positionals.length !== 1) {
      throw new UsageError(
        message(context.locale, "compile.oneFile", { count: positionals.length }),
      );
    }
    const { runCompile } = await import("../compile/run-compile.js");
    return runCompile(context, {
      file,
      rule: values.rule as string | undefined,
      pretty: values.pretty === true,
      config: values.config as string | undefined,
    });
  },
};
