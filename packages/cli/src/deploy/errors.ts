import type { DeployMessageKey, MessageArgs } from "./messages.js";

/**
 * Bad input or a refused operation of a deploy command: a lock from another endpoint, an
 * invalid saved plan, drifted rules without `--force`. Commands print it in the user's
 * language and exit with `exitCode`; it never means a bug.
 */
export class DeployError extends Error {
  constructor(
    readonly key: DeployMessageKey,
    readonly args: MessageArgs = {},
    readonly exitCode: 1 | 2 = 1,
    /** Lines printed below the message, such as positioned problems of a file. */
    readonly details: readonly string[] = [],
  ) {
    super(key);
    this.name = "DeployError";
  }
}
