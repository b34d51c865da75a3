import { emulatorCliOptions, emulatorMessages, runEmulatorCli } from "@idrs-rules/emulator";
import type { CommandDefinition } from "../command.js";
import { deployEn } from "../i18n/deploy.en.js";
import { deployZhCN } from "../i18n/deploy.zh-CN.js";

const { help: _help, ...options } = emulatorCliOptions;

/** `idrs-rules emulator`: the emulator package's own command line, behind the CLI's parser. */
export const command: CommandDefinition = {
  name: "emulator",
  summary: { en: deployEn["emulator.summary"], "zh-CN": deployZhCN["emulator.summary"] },
  help: { en: emulatorMessages.en.help, "zh-CN": emulatorMessages["zh-CN"].help },
  options,
  allowPositionals: false,

  run(context, values) {
    // The CLI parsed and checked the options already; hand them on in the emulator's syntax.
    const argv = Object.keys(options).flatMap((name) =>
      typeof values[name] === "string" ? [`--${name}`, values[name] as string] : [],
    );
    return runEmulatorCli(argv, {
      stdout: context.stdout,
      stderr: context.stderr,
      locale: context.locale,
    });
  },
};
