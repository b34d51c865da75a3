/** A rule as the service returns it. */
export interface RuleRecord {
  id: string;
  name: string;
  /**
   * The rule content exactly as stored: usually JSON text of `[{sequence, actions}]`, but
   * the service keeps whatever it was given (its own samples show `"{}"`), so callers
   * must parse it themselves and expect any text.
   */
  content: string;
  /** Creation time such as `2020-07-14T14:01:41.000+08:00`; CreateRule does not return it. */
  createdAt?: string;
}

/** One page of ListRules. */
export interface RulePage {
  items: RuleRecord[];
  /** Total number of rules, or undefined when the response leaves it out. */
  totalElements: number | undefined;
  /** Total number of pages at this page size, or undefined when the response leaves it out. */
  totalPages: number | undefined;
  pageIndex: number;
  pageSize: number;
}

export interface CreateRuleInput {
  name: string;
  content: string;
  /**
   * Idempotency token sent as `ClientToken`. Generated when absent; give your own to make
   * a create that you repeat yourself (for example after a crash) idempotent too.
   */
  clientToken?: string;
}

export interface UpdateRuleInput {
  id: string;
  name?: string;
  content?: string;
}

export interface RuleIdInput {
  id: string;
}

export interface ListRulesInput {
  /** Page number from 1 to 10000; defaults to 1. */
  pageIndex?: number;
  /** Rules per page from 10 to 100; defaults to 10. */
  pageSize?: number;
}

/** Per-call options. */
export interface CallOptions {
  /** Cancels the call, including any wait between retries. */
  signal?: AbortSignal;
}
