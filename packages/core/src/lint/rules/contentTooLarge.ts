import { contentToJson } from "../../compile/compile.js";
import { contentByteLength } from "../../json/byte-length.js";
import type { Content } from "../../model/model.js";
import { expandItems } from "../expand.js";
import type { LintRule } from "../types.js";

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
    const { document, workspace, limits } = context;
    for (const rule of document.rules) {
      const content: Content = rule.steps.map((step) => ({
        sequence: step.sequence,
        actions: expandItems(step.items, document.uri, workspace).actions.map((action) => ({
          name: action.name,
        })),
      }));
      const bytes = contentByteLength(contentToJson(content));
      if (bytes <= limits.maxContentBytes) continue;
      context.report({
        message: "lint.content-too-large.message",
        args: { name: rule.name, bytes, limit: limits.maxContentBytes },
        range: rule.nameRange,
      });
    }
  },
};
