import { createInterface } from "node:readline";
import type { CommandContext } from "../command.js";

/**
 * Asks a yes/no question on the terminal and resolves true only for `yes` or `y` (or the
 * Chinese 是). Standard input closing without an answer counts as no.
 */
export function confirm(context: CommandContext, question: string): Promise<boolean> {
  return new Promise((resolve) => {
    const reader = createInterface({
      input: context.stdin,
      output: context.stderr,
      terminal: false,
    });
    let answered = false;
    reader.question(question, (answer) => {
      answered = true;
      reader.close();
      resolve(["yes", "y", "是"].includes(answer.trim().toLowerCase()));
    });
    reader.on("close", () => {
      if (!answered) resolve(false);
    });
  });
}
