import { type FileHandle, mkdir, open } from "node:fs/promises";
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
  /** A create without a clear response, found afterwards by listing the rules: no RequestId. */
  foundByLookup?: boolean;
}

export interface AuditSummary {
  result: "ok" | "error" | "interrupted";
  startedAt: string;
  counts: Record<string, number>;
}

/**
 * Appends the audit trail of applies to a JSON Lines file: one `request` line as each
 * request finishes (so an interrupted apply still leaves its trail) and one `apply` line at
 * the end. Every line carries the shared facts, so each line reads on its own. The file stays
 * open in append mode for the run, so 1,000 requests cost 1,000 writes, not 1,000 opens;
 * each line reaches the operating system before its request counts as recorded.
 */
export class AuditLog {
  private chain: Promise<void> = Promise.resolve();
  private handle: Promise<FileHandle> | undefined;

  constructor(
    readonly path: string,
    private readonly context: AuditContext,
    private readonly now: () => Date = () => new Date(),
  ) {}

  request(request: AuditRequest): Promise<void> {
    return this.append({ type: "request", ...request });
  }

  async finish(summary: AuditSummary): Promise<void> {
    try {
      await this.append({ type: "apply", ...summary });
    } finally {
      await this.close();
    }
  }

  private append(record: Record<string, unknown>): Promise<void> {
    const line = `${JSON.stringify({ time: this.now().toISOString(), ...this.context, ...record })}\n`;
    const next = this.chain.then(async () => {
      const handle = await this.openOnce();
      await handle.write(line, null, "utf8");
    });
    this.chain = next.catch(() => undefined);
    return next;
  }

  private openOnce(): Promise<FileHandle> {
    if (this.handle === undefined) {
      const opening = mkdir(dirname(this.path), { recursive: true }).then(() =>
        open(this.path, "a"),
      );
      // A failed open is retried by the next record instead of failing every later one.
      opening.catch(() => {
        if (this.handle === opening) this.handle = undefined;
      });
      this.handle = opening;
    }
    return this.handle;
  }

  private async close(): Promise<void> {
    const opening = this.handle;
    this.handle = undefined;
    if (opening === undefined) return;
    await this.chain;
    await (await opening.catch(() => undefined))?.close();
  }
}
