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
