import type { CommandOptions } from "../command.js";

/** Options that `pull`, `plan` and `apply` share: where to deploy and which lock to use. */
export const connectionOptions: CommandOptions = {
  endpoint: { type: "string" },
  profile: { type: "string" },
  config: { type: "string" },
  lock: { type: "string" },
  "force-lock": { type: "boolean" },
};
