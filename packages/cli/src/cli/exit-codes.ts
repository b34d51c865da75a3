/**
 * Exit codes of every command. 0, 1 and 2 follow ESLint's convention; 70 is `EX_SOFTWARE`
 * from BSD's sysexits.h, used for an exception that escaped a command (a bug).
 */
export const ExitCode = {
  /** No error-level finding and no more warnings than `--max-warnings`. */
  ok: 0,
  /** Error-level findings, too many warnings, files that `fmt --check` would change. */
  findings: 1,
  /** Invalid command line or configuration, a path not found, an output file not written. */
  usage: 2,
  /** An unexpected exception: a bug in idrs-rules. */
  internal: 70,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];
