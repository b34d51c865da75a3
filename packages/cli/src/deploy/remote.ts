import type { Locale } from "@idrs-rules/core";
import type { RemoteRule } from "./types.js";

export interface RemoteResult {
  rule: RemoteRule;
  requestId: string | undefined;
  /**
   * True when a create got no clear answer and the client found the rule by listing the
   * rules (same name and content), so there is no RequestId of the create.
   */
  foundByLookup?: boolean;
}

/** Code, RequestId and a message in the user's language, for any error a request threw. */
export interface RemoteErrorInfo {
  code: string;
  requestId: string | undefined;
  message: string;
  /** True for `ResourceNotFound`: the rule does not exist (any more). */
  notFound: boolean;
}

/**
 * The rule APIs as deployment needs them. `client-remote.ts` adapts the client; the planner
 * and the executor depend on this interface only.
 */
export interface RemoteRules {
  listAll(): Promise<RemoteRule[]>;
  /** Sends CreateRule with `clientToken`, so a retried or repeated create returns the first rule. */
  create(rule: { name: string; content: string; clientToken: string }): Promise<RemoteResult>;
  update(rule: { id: string; name: string; content: string }): Promise<RemoteResult>;
  delete(id: string): Promise<{ requestId: string | undefined }>;
  /** Looks the rule up with GetRule: false when the service reports `ResourceNotFound`. */
  exists(id: string): Promise<boolean>;
  describeError(error: unknown, locale: Locale): RemoteErrorInfo;
}
