import { IdrsInputError } from "../errors.js";
import { localize } from "../messages.js";
import { toRulePage, toRuleRecord } from "../rules/normalize.js";
import type {
  CallOptions,
  CreateRuleInput,
  ListRulesInput,
  RuleIdInput,
  RulePage,
  RuleRecord,
  UpdateRuleInput,
} from "../rules/types.js";
import { type ClientContext, checkedInteger, createContext } from "./context.js";
import { createRuleOnce } from "./create-rule.js";
import { LIST_ALL_PAGE_SIZE, readAllPages } from "./list-all-rules.js";
import type { RuleClientOptions } from "./options.js";
import { withRetries } from "./retry.js";
import { sendOnce } from "./send.js";

/** Typed client of the five rule APIs of idrsservice (API version 2020-06-30). */
export interface RuleClient {
  /** Scheme, host and port requests go to. */
  readonly endpoint: string;
  /** Creates a rule; see `createRuleOnce` for how retries avoid duplicates. */
  createRule(input: CreateRuleInput, options?: CallOptions): Promise<RuleRecord>;
  /** Changes the name or content of a rule; returns the rule after the change. */
  updateRule(input: UpdateRuleInput, options?: CallOptions): Promise<RuleRecord>;
  getRule(input: RuleIdInput, options?: CallOptions): Promise<RuleRecord>;
  /** Deletes a rule; returns it as the service reports it, or undefined if it reports none. */
  deleteRule(input: RuleIdInput, options?: CallOptions): Promise<RuleRecord | undefined>;
  /** Reads one page of rules. */
  listRules(input?: ListRulesInput, options?: CallOptions): Promise<RulePage>;
  /** Reads every rule, 100 per page, tolerating changes made meanwhile. */
  listAllRules(options?: CallOptions): Promise<RuleRecord[]>;
}

/** Builds a client; throws `IdrsInputError` for an invalid endpoint or option. */
export function createRuleClient(options: RuleClientOptions = {}): RuleClient {
  const context = createContext(options);

  const call = async (action: string, params: Record<string, string>, callOptions: CallOptions) =>
    withRetries(
      context,
      action,
      () => sendOnce(context, action, params, callOptions.signal),
      callOptions.signal,
    );

  const origin = (action: string, status: number) => ({
    action,
    endpoint: context.endpointLabel,
    status,
  });

  const listRules = async (input: ListRulesInput = {}, callOptions: CallOptions = {}) => {
    const pageIndex = checkedInteger("pageIndex", input.pageIndex ?? 1, 1, 10_000);
    const pageSize = checkedInteger("pageSize", input.pageSize ?? 10, 10, 100);
    const params = { PageIndex: String(pageIndex), PageSize: String(pageSize) };

    const result = await call("ListRules", params, callOptions);
    return toRulePage(result.data, origin("ListRules", result.status), pageIndex, pageSize);
  };

  const listAllRules = (callOptions: CallOptions = {}) =>
    readAllPages(context, (pageIndex) =>
      listRules({ pageIndex, pageSize: LIST_ALL_PAGE_SIZE }, callOptions),
    );

  return {
    endpoint: context.endpointLabel,

    async createRule(input, callOptions = {}) {
      requireText("name", input.name);
      requireText("content", input.content);
      if (input.clientToken !== undefined) {
        requireText("clientToken", input.clientToken);
      }
      return createRuleOnce(context, input, listAllRules, callOptions);
    },

    async updateRule(input, callOptions = {}) {
      requireText("id", input.id);
      const params: Record<string, string> = { Id: input.id };
      if (input.name !== undefined) {
        requireText("name", input.name);
        params.Name = input.name;
      }
      if (input.content !== undefined) {
        requireText("content", input.content);
        params.Content = input.content;
      }

      const result = await call("UpdateRule", params, callOptions);
      return toRuleRecord(result.data, origin("UpdateRule", result.status));
    },

    async getRule(input, callOptions = {}) {
      requireText("id", input.id);
      const result = await call("GetRule", { Id: input.id }, callOptions);
      return toRuleRecord(result.data, origin("GetRule", result.status));
    },

    async deleteRule(input, callOptions = {}) {
      requireText("id", input.id);
      const result = await call("DeleteRule", { Id: input.id }, callOptions);
      return deletedRule(result.data, context, result.status);
    },

    listRules,
    listAllRules,
  };
}

/**
 * Reads the rule that a DeleteRule response reports. The delete has already succeeded
 * here, so a response without a readable rule returns undefined. An error would make the
 * caller think that the rule still exists.
 */
function deletedRule(
  data: unknown,
  context: ClientContext,
  status: number,
): RuleRecord | undefined {
  if (typeof data !== "object" || data === null || !("Id" in data)) {
    return undefined;
  }
  return toRuleRecord(data, { action: "DeleteRule", endpoint: context.endpointLabel, status });
}

function requireText(name: string, value: unknown): void {
  if (typeof value !== "string" || value.trim() === "") {
    throw new IdrsInputError("Required", localize("input.required", { name }));
  }
}
