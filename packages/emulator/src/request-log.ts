import type { FaultKind } from "./faults.js";
import type { EmulatorLogger } from "./options.js";

/** Fields of the request log line. Parameter values other than `Action` are never logged. */
export interface RequestOutcome {
  action: string;
  status: string;
  code: string;
  fault?: FaultKind;
}

/** Writes the one `info` line that every API request gets. */
export function logRequest(
  logger: EmulatorLogger,
  outcome: RequestOutcome,
  requestId: string,
  durationMs: number,
): void {
  const fault = outcome.fault ? ` fault=${outcome.fault}` : "";
  logger.info(
    `${outcome.action} ${outcome.status} ${outcome.code} requestId=${requestId} ${Math.round(durationMs)}ms${fault}`,
  );
}

/** Returns `Action` for the log line, or `(invalid)` for text that could break its format. */
export function loggableAction(action: string | undefined): string {
  if (action === undefined) {
    return "-";
  }
  return /^[A-Za-z0-9.]{1,64}$/.test(action) ? action : "(invalid)";
}
