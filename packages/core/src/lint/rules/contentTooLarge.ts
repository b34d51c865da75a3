import { jsonNumberByteLength, jsonStringByteLength } from "../../json/byte-length.js";
import type { RuleNode } from "../../model/model.js";
import type { Expansion } from "../expand.js";
import type { LintContext, LintRule } from "../types.js";

/**
 * A rule whose compiled content is larger than `limits.maxContentBytes` (default 65536
 * bytes of UTF-8). NOTE: the service publishes no size limit for `Content`. The default is a
 * guess, so projects that learn the real limit should configure it.
 */
export const contentTooLarge: LintRule = {
  code: "content-too-large",
  defaultSeverity: "error",
  fixable: false,
  phase: "workspace",
  messages: {
    summary: "lint.content-too-large.summary",
    message: "lint.content-too-large.message",
  },
  check(context) {
    const { document, limits } = context;
    for (const rule of document.rules) {
      // Most rules are far below the limit: a bound from lengths alone settles that
      // without reading every character of every name.
      if (contentBytesBound(rule, context) <= limits.maxContentBytes) continue;
      const bytes = compiledContentBytes(rule, context);
      if (bytes <= limits.maxContentBytes) continue;
      context.report({
        message: "lint.content-too-large.message",
        args: { name: rule.name, bytes, limit: limits.maxContentBytes },
        range: rule.nameRange,
      });
    }
  },
};

/**
 * Returns the UTF-8 size of the rule's compiled content as `contentToJson` writes it,
 * `[{"sequence":N,"actions":[{"name":"..."},...]},...]`, without building the JSON: every
 * step and action adds the same punctuation and keys plus its own values.
 */
function compiledContentBytes(rule: RuleNode, context: LintContext): number {
  // `[` and `]`, plus a comma between steps.
  let bytes = 2 + Math.max(0, rule.steps.length - 1);
  const expansions = context.expansions(rule);
  rule.steps.forEach((step, index) => {
    const actions = (expansions[index] as Expansion).actions;
    // `{"sequence":` (12) + N + `,"actions":[` (12) + `]}` (2), a comma between actions.
    bytes += 26 + jsonNumberByteLength(step.sequence) + Math.max(0, actions.length - 1);
    // `{"name":` (8) + the quoted name + `}` (1) per action.
    for (const action of actions) bytes += 9 + jsonStringByteLength(action.name);
  });
  return bytes;
}

/** The longest `JSON.stringify` of a number, e.g. `-1.2345678901234567e+308`. */
const MAX_NUMBER_BYTES = 24;

/** The maximum UTF-8 length of one UTF-16 code unit in JSON text: a `\uXXXX` escape. */
const MAX_CODE_UNIT_BYTES = 6;

/**
 * Returns a size that `compiledContentBytes` never exceeds: the same sum with every number
 * at its longest and every code unit of a name at its longest.
 */
function contentBytesBound(rule: RuleNode, context: LintContext): number {
  let bytes = 2 + Math.max(0, rule.steps.length - 1);
  const expansions = context.expansions(rule);
  for (const expansion of expansions) {
    const actions = expansion.actions;
    bytes += 26 + MAX_NUMBER_BYTES + Math.max(0, actions.length - 1);
    for (const action of actions) bytes += 11 + MAX_CODE_UNIT_BYTES * action.name.length;
  }
  return bytes;
}
