/** Minimal cancellation contract; LSP's CancellationToken and AbortSignal adapters fit it. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const neverCancelled: CancellationToken = { isCancellationRequested: false };

/** Thrown by long operations when their token is cancelled; hosts catch it by type. */
export class OperationCancelledError extends Error {
  constructor() {
    super("operation cancelled");
    this.name = "OperationCancelledError";
  }
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw new OperationCancelledError();
}
