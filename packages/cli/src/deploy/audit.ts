import { appendFile, mkdir } from "node:fs/promises";
import { dirname } from "node:path";

/** Facts shared by every record of one apply. */
export interface AuditContext {
  applyId: string;
  user: string;
  gitCommit: string | undefined;
  gitDirty: boolean | undefined;
  endpoint: string;
  planHash: string;
}

/** One request that apply sent. Content and credentials are never recorded. */
export interface AuditRequest {
  action: "CreateRule" | "UpdateRule" | "DeleteRule";
  rule: string;
  /** Remote Id; absent for a CreateRule that failed. */
  id?: string;
  requestId?: string;
  result: "ok" | "error";
  errorCode?: string;
}

export interface AuditSummary {
  result: "ok" | "error" | "interrupted";
  startedAt: string;
  counts: Record<string, number>;
}

/**
 * Appends the audit trail of applies to a JSON Lines file: one `request` line as each
 * request finishes (so an interrupted apply still leaves its trail) and one `apply` line at
 * the end. Every line carries the shared facts, so each line reads on its own.
 */
export class AuditLog {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly context: AuditContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  request(request: AuditRequest): Promise<void> {
    return this.append({ type: "request", ...request });
  }

  finish(summary: AuditSummary): Promise<void> {
    return this.append({ type: "apply", ...summary });
  }

  private append(record: Record<string, unknown>): Promise<void> {
    const line = `${JSON.stringify({ time: this.now().toISOString(), ...this.context, ...record })}\n`;
    const next = this.chain.then(async () => {
      await mkdir(dirname(this.path), { recursive: true });
      await appendFile(this.path, line, "utf8");
    });
    this.chain = next.catch(() => undefined);
    return next;
  }
}
