import { suggestNames } from "../../catalog/suggest.js";
import { useNameRange } from "../text.js";
import type { LintRule } from "../types.js";

const maxSuggestions = 3;

/** `use NAME` where no `.idrs` file of the repository declares fragment NAME. */
export const undefinedFragment: LintRule = {
  code: "undefined-fragment",
  defaultSeverity: "error",
  fixable: false,
  phase: "workspace",
  messages: {
    summary: "lint.undefined-fragment.summary",
    message: "lint.undefined-fragment.message",
    messageWithSuggestions: "lint.undefined-fragment.messageWithSuggestions",
    fix: "lint.undefined-fragment.fix",
  },
  check(context) {
    const { document, workspace } = context;
    for (const use of context.fragmentUses()) {
      // An empty name is a `use` whose name is missing: the syntax error already reports it.
      if (use.fragment === "" || workspace.resolveFragment(use.fragment)) continue;

      const nameRange = useNameRange(document.text, use.range);
      const suggestions = suggestNames(use.fragment, workspace.fragmentNames(), maxSuggestions);
      context.report({
        message:
          suggestions.length > 0
            ? "lint.undefined-fragment.messageWithSuggestions"
            : "lint.undefined-fragment.message",
        args: { name: use.fragment, suggestions: suggestions.join(", ") },
        range: nameRange,
        fixes:
          nameRange === use.range
            ? []
            : suggestions.map((suggestion) => ({
                title: "lint.undefined-fragment.fix" as const,
                args: { suggestion },
                edits: [{ range: nameRange, newText: suggestion }],
                isPreferred: false,
              })),
      });
    }
  },
};
