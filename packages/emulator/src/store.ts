import { createHash } from "node:crypto";
import { idempotentParameterMismatch } from "./api-error.js";
import type { ClientTokenRecord, StoredRule, StoreSnapshot } from "./data-file.js";
import { loadDataFile, type WriteHooks, writeDataFile } from "./persistence.js";

export interface CreateRuleInput {
  name: string;
  content: string;
  clientToken?: string;
  /** Id and `CreatedAt` of the rule if one is created. */
  id: string;
  createdAt: string;
}

export interface CreateRuleOutcome {
  rule: StoredRule;
  /** True when the client token matched an earlier CreateRule and no rule was created. */
  replayed: boolean;
}

/**
 * The emulator's rules and client tokens, in creation order. Writes run one at a time. Each
 * one saves the data file (when there is one) before the change becomes visible, so a
 * failed write changes nothing and every acknowledged change is on disk.
 */
export class RuleStore {
  #snapshot: StoreSnapshot;
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    snapshot: StoreSnapshot,
    private readonly dataFile: string | undefined,
    private readonly hooks: WriteHooks,
  ) {
    this.#snapshot = snapshot;
  }

  /** Opens a store backed by `dataFile`, or an empty in-memory store without one. */
  static async open(dataFile?: string, hooks: WriteHooks = {}): Promise<RuleStore> {
    const snapshot = dataFile ? await loadDataFile(dataFile) : { rules: [], clientTokens: [] };
    return new RuleStore(snapshot, dataFile, hooks);
  }

  /** Returns every rule in creation order. */
  list(): readonly StoredRule[] {
    return this.#snapshot.rules;
  }

  get(id: string): StoredRule | undefined {
    return this.#snapshot.rules.find((rule) => rule.Id === id);
  }

  get clientTokenCount(): number {
    return this.#snapshot.clientTokens.length;
  }

  /**
   * Creates a rule. With a client token seen before, returns the earlier result when `Name`
   * and `Content` match it, and throws `IdempotentParameterMismatch` when they do not.
   */
  create(input: CreateRuleInput): Promise<CreateRuleOutcome> {
    return this.#exclusive(async () => {
      const fingerprint = fingerprintOf(input.name, input.content);
      const earlier = input.clientToken
        ? this.#snapshot.clientTokens.find((record) => record.token === input.clientToken)
        : undefined;

      if (earlier) {
        if (earlier.fingerprint !== fingerprint) {
          throw idempotentParameterMismatch();
        }
        // The fingerprint matched, so the request's Name and Content are the original ones.
        const rule = { Id: earlier.ruleId, Name: input.name, Content: input.content };
        return { rule: { ...rule, CreatedAt: earlier.createdAt }, replayed: true };
      }

      const rule: StoredRule = {
        Id: input.id,
        Name: input.name,
        Content: input.content,
        CreatedAt: input.createdAt,
      };
      const clientTokens: ClientTokenRecord[] = input.clientToken
        ? [
            ...this.#snapshot.clientTokens,
            { token: input.clientToken, ruleId: rule.Id, fingerprint, createdAt: rule.CreatedAt },
          ]
        : this.#snapshot.clientTokens;

      await this.#commit({ rules: [...this.#snapshot.rules, rule], clientTokens });
      return { rule, replayed: false };
    });
  }

  /** Changes the given fields of a rule; returns undefined when no rule has the Id. */
  update(
    id: string,
    changes: { name?: string; content?: string },
  ): Promise<StoredRule | undefined> {
    return this.#exclusive(async () => {
      const current = this.get(id);
      if (!current) {
        return undefined;
      }

      const updated: StoredRule = {
        ...current,
        Name: changes.name ?? current.Name,
        Content: changes.content ?? current.Content,
      };
      const rules = this.#snapshot.rules.map((rule) => (rule.Id === id ? updated : rule));
      await this.#commit({ rules, clientTokens: this.#snapshot.clientTokens });
      return updated;
    });
  }

  /** Deletes a rule and returns it; returns undefined when no rule has the Id. */
  delete(id: string): Promise<StoredRule | undefined> {
    return this.#exclusive(async () => {
      const current = this.get(id);
      if (!current) {
        return undefined;
      }

      // Client tokens stay: a retried CreateRule must not bring a deleted rule back.
      const rules = this.#snapshot.rules.filter((rule) => rule.Id !== id);
      await this.#commit({ rules, clientTokens: this.#snapshot.clientTokens });
      return current;
    });
  }

  /** Resolves when every write started so far has finished. */
  async flush(): Promise<void> {
    await this.#queue.catch(() => undefined);
  }

  async #commit(next: StoreSnapshot): Promise<void> {
    if (this.dataFile) {
      await writeDataFile(this.dataFile, next, this.hooks);
    }
    this.#snapshot = next;
  }

  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.catch(() => undefined).then(task);
    this.#queue = run;
    return run;
  }
}

function fingerprintOf(name: string, content: string): string {
  return createHash("sha256")
    .update(JSON.stringify([name, content]))
    .digest("hex");
}
