import { signatureWindowMs } from "./clock.js";

/**
 * Signature nonces seen in the last 15 minutes, per AccessKey ID. The service rejects a
 * nonce used again inside that window; after it, the request's timestamp has expired anyway.
 */
export class NonceRegistry {
  readonly #expiries = new Map<string, number>();
  #nextPruneAt = 0;

  /** Records the nonce and returns true, or returns false when it is still remembered. */
  claim(accessKeyId: string, nonce: string, nowMs: number): boolean {
    this.#prune(nowMs);

    const key = `${accessKeyId}\n${nonce}`;
    const expiresAt = this.#expiries.get(key);
    if (expiresAt !== undefined && expiresAt > nowMs) {
      return false;
    }

    this.#expiries.set(key, nowMs + signatureWindowMs);
    return true;
  }

  get size(): number {
    return this.#expiries.size;
  }

  /** Drops expired nonces, at most once a minute, so only the last 16 minutes of nonces stay in memory. */
  #prune(nowMs: number): void {
    if (nowMs < this.#nextPruneAt) {
      return;
    }
    for (const [key, expiresAt] of this.#expiries) {
      if (expiresAt <= nowMs) {
        this.#expiries.delete(key);
      }
    }
    this.#nextPruneAt = nowMs + 60_000;
  }
}
