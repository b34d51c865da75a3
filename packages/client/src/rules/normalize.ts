import { textOf } from "../http/parse-response.js";
import { localize, type MessageKey } from "../messages.js";
import { IdrsResponseError } from "../network-errors.js";
import type { RulePage, RuleRecord } from "./types.js";

/** Origin of a response, named in the message when the response is malformed. */
export interface ResponseOrigin {
  action: string;
  endpoint: string;
  status: number;
}

/** Reads the `Data` of CreateRule, GetRule, UpdateRule or DeleteRule as a rule. */
export function toRuleRecord(data: unknown, origin: ResponseOrigin): RuleRecord {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw malformed(origin, "problem.dataNotObject", data);
  }
  return readRule(data as Record<string, unknown>, origin);
}

/**
 * Reads the `Data` of ListRules. Accepts `Items` as an array, as a single object (the
 * service's published samples show a one-element list that way) or absent, and counts
 * given as numbers or as numeric strings.
 */
export function toRulePage(
  data: unknown,
  origin: ResponseOrigin,
  pageIndex: number,
  pageSize: number,
): RulePage {
  if (data === undefined || data === null) {
    return { items: [], totalElements: undefined, totalPages: undefined, pageIndex, pageSize };
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    throw malformed(origin, "problem.dataNotObject", data);
  }

  const fields = data as Record<string, unknown>;
  const rawItems = fields.Items;
  let list: unknown[];
  if (rawItems === undefined || rawItems === null || rawItems === "") {
    list = [];
  } else if (Array.isArray(rawItems)) {
    list = rawItems;
  } else {
    list = [rawItems];
  }

  const items = list.map((item) => {
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      throw malformed(origin, "problem.itemNotObject", item);
    }
    return readRule(item as Record<string, unknown>, origin);
  });

  return {
    items,
    totalElements: countOf(fields.TotalElements),
    totalPages: countOf(fields.TotalPages),
    pageIndex,
    pageSize,
  };
}

function readRule(fields: Record<string, unknown>, origin: ResponseOrigin): RuleRecord {
  const id = textOf(fields.Id);
  if (id === "") {
    throw malformed(origin, "problem.ruleWithoutId", fields);
  }

  const rule: RuleRecord = { id, name: textOf(fields.Name), content: contentOf(fields.Content) };
  const createdAt = textOf(fields.CreatedAt);
  if (createdAt !== "") {
    rule.createdAt = createdAt;
  }
  return rule;
}

/**
 * Keeps `Content` as the raw text. A server that sends it already parsed gets it
 * serialised back, so callers always receive a string.
 */
function contentOf(value: unknown): string {
  if (typeof value === "string") {
    return value;
  }
  if (value === undefined || value === null) {
    return "";
  }
  return JSON.stringify(value);
}

function countOf(value: unknown): number | undefined {
  const text = textOf(value).trim();
  if (!/^\d+$/.test(text)) {
    return undefined;
  }
  return Number(text);
}

function malformed(origin: ResponseOrigin, problem: MessageKey, value: unknown): IdrsResponseError {
  return new IdrsResponseError({
    ...origin,
    problem: localize(problem),
    bodyPreview: (JSON.stringify(value) ?? String(value)).slice(0, 200),
  });
}
