import { UsageError } from "../cli/errors.js";
import type { CommandDefinition } from "../command.js";
import { message } from "../i18n/index.js";
import { bothLocales } from "./help-texts.js";

export const command: CommandDefinition = {
  name: "decompile",
  summary: bothLocales("decompile.summary"),
  help: bothLocales("decompile.help"),
  options: {
    name: { type: "string" },
    output: { type: "string", short: "o" },
    force: { type: "boolean" },
  },
  allowPositionals: true,
  async run(context, values, positionals) {
    const [file] = positionals;
    if (file === undefined || positionals.length !== 1) {
      throw new UsageError(
        message(context.locale, "decompile.oneFile", { count: positionals.length }),
      );
    }
    const { runDecompile } = await import("../decompile/run-decompile.js");
    return runDecompile(context, {
      file,
      name: values.name as string | undefined,
      output: values.output as string | undefined,
      force: values.force === true,
    });
  },
};
