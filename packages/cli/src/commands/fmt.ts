import type { CommandDefinition } from "../command.js";
import { bothLocales } from "./help-texts.js";

export const command: CommandDefinition = {
  name: "fmt",
  summary: bothLocales("fmt.summary"),
  help: bothLocales("fmt.help"),
  options: {
    check: { type: "boolean" },
    write: { type: "boolean" },
    config: { type: "string" },
  },
  allowPositionals: true,
  async run(context, values, positionals) {
    const { runFmt } = await import("../fmt/run-fmt.js");
    return runFmt(context, {
      paths: positionals,
      check: values.check === true,
      write: values.write === true,
      config: values.config as string | undefined,
    });
  },
};
