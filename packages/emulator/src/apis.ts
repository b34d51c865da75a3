import { invalidParameter, resourceNotFound } from "./api-error.js";
import { formatCreatedAt } from "./clock.js";
import type { StoredRule } from "./data-file.js";
import { requireParameter } from "./gateway.js";
import type { RuleStore } from "./store.js";

export const ruleActions = [
  "CreateRule",
  "UpdateRule",
  "GetRule",
  "DeleteRule",
  "ListRules",
] as const;

export type RuleAction = (typeof ruleActions)[number];

export function isRuleAction(action: string): action is RuleAction {
  return (ruleActions as readonly string[]).includes(action);
}

export interface ApiContext {
  store: RuleStore;
  now(): Date;
  newId(): string;
}

type Params = Record<string, string>;

const handlers: Record<RuleAction, (params: Params, context: ApiContext) => Promise<unknown>> = {
  CreateRule: createRule,
  UpdateRule: updateRule,
  GetRule: getRule,
  DeleteRule: deleteRule,
  ListRules: listRules,
};

/** Runs one rule API and returns its `Data`. Throws `ApiError` for invalid requests. */
export function runAction(
  action: RuleAction,
  params: Params,
  context: ApiContext,
): Promise<unknown> {
  return handlers[action](params, context);
}

/**
 * CreateRule stores `Content` as the string sent, without checking that it is a valid rule:
 * the reference's own samples store `"{}"`. Duplicate names are accepted, because nothing
 * in the reference forbids them. The result has no `CreatedAt`, as in the reference.
 */
async function createRule(params: Params, context: ApiContext): Promise<unknown> {
  const name = requireParameter(params, "Name");
  const content = requireParameter(params, "Content");
  const clientToken = optionalParameter(params, "ClientToken");

  const { rule } = await context.store.create({
    name,
    content,
    ...(clientToken === undefined ? {} : { clientToken }),
    id: context.newId(),
    createdAt: formatCreatedAt(context.now()),
  });
  return { Id: rule.Id, Name: rule.Name, Content: rule.Content };
}

async function updateRule(params: Params, context: ApiContext): Promise<unknown> {
  const id = requireParameter(params, "Id");
  const name = nonEmptyOptional(params, "Name");
  const content = nonEmptyOptional(params, "Content");

  const changes = {
    ...(name === undefined ? {} : { name }),
    ...(content === undefined ? {} : { content }),
  };
  return ruleData(await context.store.update(id, changes));
}

async function getRule(params: Params, context: ApiContext): Promise<unknown> {
  // ClientBaseParam (SDK version details) is accepted and, as it changes nothing, ignored.
  return ruleData(context.store.get(requireParameter(params, "Id")));
}

async function deleteRule(params: Params, context: ApiContext): Promise<unknown> {
  return ruleData(await context.store.delete(requireParameter(params, "Id")));
}

async function listRules(params: Params, context: ApiContext): Promise<unknown> {
  const pageIndex = integerParameter(params, "PageIndex", 1, 1, 10_000);
  const pageSize = integerParameter(params, "PageSize", 10, 10, 100);

  const rules = context.store.list();
  const start = (pageIndex - 1) * pageSize;
  return {
    Items: rules.slice(start, start + pageSize).map(ruleData),
    TotalElements: rules.length,
    TotalPages: Math.ceil(rules.length / pageSize),
  };
}

function ruleData(rule: StoredRule | undefined): StoredRule {
  if (!rule) {
    throw resourceNotFound();
  }
  return { Id: rule.Id, Name: rule.Name, Content: rule.Content, CreatedAt: rule.CreatedAt };
}

/** Reads an optional parameter; an empty value counts as absent, as SDKs omit unset values. */
function optionalParameter(params: Params, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === "" ? undefined : value;
}

/**
 * Reads an optional field of UpdateRule. Sending it empty is rejected rather than guessed at:
 * the reference does not say whether the service would store an empty value or skip it.
 */
function nonEmptyOptional(params: Params, name: string): string | undefined {
  const value = params[name];
  if (value === "") {
    throw invalidParameter(name, "It must not be empty; leave it out to keep the current value.");
  }
  return value;
}

/** Reads an integer parameter with the bounds of the service's API metadata. */
function integerParameter(
  params: Params,
  name: string,
  fallback: number,
  minimum: number,
  maximum: number,
): number {
  const text = optionalParameter(params, name);
  if (text === undefined) {
    return fallback;
  }

  const value = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= minimum && value <= maximum)) {
    throw invalidParameter(name, `It must be an integer from ${minimum} to ${maximum}.`);
  }
  return value;
}
