import type { LintRule } from "../types.js";

/**
 * Two declarations of one fragment name anywhere in the repository. `use` takes the first
 * (by file path, then position), so the others are silently ignored.
 */
export const duplicateFragment: LintRule = {
  code: "duplicate-fragment",
  defaultSeverity: "error",
  fixable: false,
  phase: "workspace",
  messages: {
    summary: "lint.duplicate-fragment.summary",
    message: "lint.duplicate-fragment.message",
    related: "lint.duplicate-fragment.related",
  },
  check(context) {
    const { document, workspace } = context;
    for (const fragment of document.fragments) {
      const declarations = workspace.fragmentDeclarations(fragment.name);
      if (declarations.length < 2) continue;

      const args = { name: fragment.name, count: declarations.length };
      context.report({
        message: "lint.duplicate-fragment.message",
        args,
        range: fragment.nameRange,
        related: declarations
          .filter((other) => other.node !== fragment)
          .map((other) => ({
            uri: other.uri,
            range: other.node.nameRange,
            message: "lint.duplicate-fragment.related" as const,
            args,
          })),
      });
    }
  },
};
