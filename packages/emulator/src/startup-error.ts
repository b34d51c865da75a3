import { type EmulatorLocale, emulatorMessages } from "./messages.js";

export type StartupProblem =
  | "dataFolderMissing"
  | "dataFileUnreadable"
  | "dataFileInvalidJson"
  | "dataFileInvalidContent"
  | "listenFailed";

export interface StartupErrorDetails {
  /** The data file, or the listen address for `listenFailed`. */
  file: string;
  /** The folder for `dataFolderMissing`; otherwise the underlying error text. */
  detail: string;
}

/**
 * Raised by `startEmulator` when it cannot start: a data file it cannot use, or an address it
 * cannot listen on. `message` is in English; `localizedMessage` renders it for the CLI.
 */
export class EmulatorStartupError extends Error {
  override readonly name = "EmulatorStartupError";

  constructor(
    readonly problem: StartupProblem,
    readonly details: StartupErrorDetails,
  ) {
    super(renderStartupProblem("en", problem, details));
  }

  localizedMessage(locale: EmulatorLocale): string {
    return renderStartupProblem(locale, this.problem, this.details);
  }
}

function renderStartupProblem(
  locale: EmulatorLocale,
  problem: StartupProblem,
  { file, detail }: StartupErrorDetails,
): string {
  const messages = emulatorMessages[locale];
  switch (problem) {
    case "dataFolderMissing":
      return messages.dataFolderMissing(file, detail);
    case "dataFileUnreadable":
      return messages.dataFileUnreadable(file, detail);
    case "dataFileInvalidJson":
      return messages.dataFileInvalidJson(file, detail);
    case "dataFileInvalidContent":
      return messages.dataFileInvalidContent(file, detail);
    case "listenFailed":
      return messages.listenFailed(file, detail);
  }
}
