import { replaceNameEdit } from "../text.js";
import type { LintRule } from "../types.js";

const maxSuggestions = 3;

/** An action name the catalog does not know: the service would reject or ignore it. */
export const unknownAction: LintRule = {
  code: "unknown-action",
  defaultSeverity: "error",
  fixable: false,
  phase: "document",
  messages: {
    summary: "lint.unknown-action.summary",
    message: "lint.unknown-action.message",
    messageWithSuggestions: "lint.unknown-action.messageWithSuggestions",
    fix: "lint.unknown-action.fix",
  },
  check(context) {
    const { document, catalog } = context;
    for (const item of context.actionItems()) {
      if (catalog.lookup(item.name)) continue;

      const suggestions = catalog.suggest(item.name, maxSuggestions);
      const fixes = suggestions.flatMap((suggestion) => {
        const edit = replaceNameEdit(document.text, item.range, suggestion);
        if (!edit) return [];
        return [
          {
            title: "lint.unknown-action.fix" as const,
            args: { suggestion },
            edits: [edit],
            isPreferred: false,
          },
        ];
      });
      context.report({
        message:
          suggestions.length > 0
            ? "lint.unknown-action.messageWithSuggestions"
            : "lint.unknown-action.message",
        args: { name: item.name, suggestions: suggestions.join(", ") },
        range: item.range,
        fixes,
      });
    }
  },
};
