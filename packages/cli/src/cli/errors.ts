/** Brand of usage errors, so `instanceof` also matches the class of a bundled copy of this module. */
const usageErrorBrand = Symbol.for("idrs-rules.UsageError");

/**
 * A problem with the command line, the configuration or a path that the user can fix.
 * `main` prints the message (already in the user's language) without a stack trace and
 * exits with 2. Anything else that escapes a command is a bug.
 *
 * The lint command runs from a bundle with its own copy of this class (see `run-lint.ts`).
 * `instanceof` checks the brand, not the class, so `main` still separates its errors from bugs.
 */
export class UsageError extends Error {
  readonly [usageErrorBrand] = true;

  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && usageErrorBrand in value;
  }
}
