/**
 * A problem with the command line, the configuration or a path that the user can fix.
 * `main` prints the message (already in the user's language) without a stack trace and
 * exits with 2. Anything else that escapes a command is a bug.
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
