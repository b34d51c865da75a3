import { UsageError } from "../cli/errors.js";
import type { CommandDefinition } from "../command.js";
import { message } from "../i18n/index.js";
import { isReporterName, reporterNames } from "../reporters/names.js";
import { bothLocales } from "./help-texts.js";

export const command: CommandDefinition = {
  name: "lint",
  summary: bothLocales("lint.summary"),
  help: bothLocales("lint.help"),
  options: {
    config: { type: "string" },
    format: { type: "string" },
    output: { type: "string", short: "o" },
    "max-warnings": { type: "string" },
    quiet: { type: "boolean" },
    fix: { type: "boolean" },
    "no-color": { type: "boolean" },
    "no-error-on-unmatched-pattern": { type: "boolean" },
  },
  allowPositionals: true,
  async run(context, values, positionals) {
    const { locale } = context;
    const format = (values.format as string | undefined) ?? "stylish";
    if (!isReporterName(format)) {
      throw new UsageError(
        message(locale, "lint.badFormat", {
          value: format,
          formats: reporterNames.join(", "),
        }),
      );
    }

    const maxWarningsText = values["max-warnings"] as string | undefined;
    if (maxWarningsText !== undefined && !/^\d+$/.test(maxWarningsText)) {
      throw new UsageError(message(locale, "lint.badMaxWarnings", { value: maxWarningsText }));
    }

    // The engine is loaded only now, so that `lint --help` stays fast.
    const { runLint } = await import("../lint/lint-command.js");
    return runLint(context, {
      paths: positionals,
      config: values.config as string | undefined,
      format,
      output: values.output as string | undefined,
      maxWarnings: maxWarningsText === undefined ? undefined : Number(maxWarningsText),
      quiet: values.quiet === true,
      fix: values.fix === true,
      noColor: values["no-color"] === true,
      allowEmpty: values["no-error-on-unmatched-pattern"] === true,
    });
  },
};
