import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { MessageArgs, MessageKey } from "../i18n/translate.js";
import { renderReport } from "../lint/linter.js";
import { emptyRuleName } from "../lint/rules/emptyRuleName.js";
import { ruleNotSelected } from "../lint/rules/ruleNotSelected.js";
import type { LintRule } from "../lint/types.js";
import type { RuleDocument, RuleNode, StepItem } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import type { Engine } from "./engine.js";
import type { CompileResult, DecompileResult } from "./types.js";
import type { WorkspaceIndex } from "./workspaceIndex.js";

const wholeStart: TextRange = { start: 0, end: 0 };

function inside(range: TextRange, outer: TextRange): boolean {
  return range.start >= outer.start && range.end <= outer.end;
}

/** Chooses the rule to compile, or explains with a `rule-not-selected` diagnostic why none can be. */
export function selectRule(
  document: RuleDocument,
  ruleName: string | undefined,
  locale: Locale,
): { rule?: RuleNode; diagnostic?: Diagnostic } {
  const report = (rule: LintRule, message: MessageKey, args: MessageArgs = {}) => ({
    diagnostic: renderReport(rule, { message, args, range: wholeStart }, document.uri, locale),
  });
  const names = document.rules.map((rule) => rule.name).join(", ");

  if (ruleName !== undefined) {
    const rule = document.rules.find((candidate) => candidate.name === ruleName);
    if (rule) return { rule };
    if (document.rules.length === 0) return report(ruleNotSelected, "lint.rule-not-selected.none");
    return report(ruleNotSelected, "lint.rule-not-selected.notFound", { name: ruleName, names });
  }
  const [only, ...others] = document.rules;
  if (!only) return report(ruleNotSelected, "lint.rule-not-selected.none");
  if (others.length > 0)
    return report(ruleNotSelected, "lint.rule-not-selected.several", {
      count: document.rules.length,
      names,
    });
  return { rule: only };
}

/** Collects the fragment declarations a rule reaches through `use`, with the document of each. */
function reachedFragments(
  rule: RuleNode,
  index: WorkspaceIndex,
): Array<{ uri: string; range: TextRange }> {
  const seen = new Set<string>();
  const found: Array<{ uri: string; range: TextRange }> = [];
  // A work list instead of recursion, so a long chain of fragments cannot overflow the stack.
  const pending: (readonly StepItem[])[] = rule.steps.map((step) => step.items).reverse();
  for (let items = pending.pop(); items !== undefined; items = pending.pop()) {
    for (const item of items) {
      if (item.type !== "use" || seen.has(item.fragment)) continue;
      seen.add(item.fragment);
      const target = index.resolveFragment(item.fragment);
      if (!target) continue;
      found.push({ uri: target.uri, range: target.node.range });
      pending.push(target.node.items);
    }
  }
  return found;
}

/**
 * Compiles one rule. The diagnostics that belong to it are those inside the rule, errors
 * inside the fragments it uses, and errors of the file outside every rule and fragment
 * (a syntax error there may have swallowed part of the rule). For a JSON rule file every
 * diagnostic belongs to its one rule. Any unsuppressed error withholds the content.
 */
export function compileRuleOf(
  document: RuleDocument,
  rule: RuleNode,
  checkDocument: (uri: string) => Diagnostic[],
  index: WorkspaceIndex,
  engine: Pick<Engine, "compileRule" | "contentToJson">,
): CompileResult {
  // Several fragments may live in one file; check each file once.
  const checked = new Map<string, Diagnostic[]>();
  const check = (uri: string) => {
    const cached = checked.get(uri) ?? checkDocument(uri);
    checked.set(uri, cached);
    return cached;
  };

  const own = check(document.uri).filter((diagnostic) => {
    if (diagnostic.suppressed) return false;
    if (document.kind === "json" || inside(diagnostic.range, rule.range)) return true;
    const elsewhere = [...document.rules, ...document.fragments].every(
      (node) => !inside(diagnostic.range, node.range),
    );
    return elsewhere && diagnostic.severity === "error";
  });

  // An error outside every declaration of a fragment's file counts too: the parser may have
  // cut the fragment's item list short there, and compiling would silently drop actions.
  const fromFragments = new Set<Diagnostic>();
  for (const fragment of reachedFragments(rule, index)) {
    const fragmentDocument = index.document(fragment.uri);
    const declarations = fragmentDocument
      ? [...fragmentDocument.rules, ...fragmentDocument.fragments]
      : [];
    for (const diagnostic of check(fragment.uri)) {
      if (diagnostic.suppressed || diagnostic.severity !== "error") continue;
      if (fragment.uri === document.uri && own.includes(diagnostic)) continue;
      const strayError = declarations.every((node) => !inside(diagnostic.range, node.range));
      if (inside(diagnostic.range, fragment.range) || strayError) fromFragments.add(diagnostic);
    }
  }

  const diagnostics = [...own, ...fromFragments];
  if (diagnostics.some((diagnostic) => diagnostic.severity === "error")) return { diagnostics };

  const content = engine.compileRule(rule, index.resolvedFragments());
  return { content, json: engine.contentToJson(content), diagnostics };
}

/** Turns content JSON (an array, or a `{name, content}` rule file) into `.idrs` text. */
export function decompileJson(
  jsonText: string,
  options: { name?: string; uri?: string },
  locale: Locale,
  engine: Pick<Engine, "parseContentJson" | "printContentAsIdrs">,
): DecompileResult {
  const uri = options.uri ?? "content.json";
  const read = engine.parseContentJson(jsonText, { uri, locale });
  const diagnostics = [...read.diagnostics];
  if (!read.content || diagnostics.some((diagnostic) => diagnostic.severity === "error"))
    return { diagnostics };

  const name = read.name ?? options.name;
  if (name === undefined || name.trim() === "") {
    diagnostics.push(
      renderReport(
        emptyRuleName,
        { message: "lint.empty-rule-name.decompile", range: wholeStart },
        uri,
        locale,
      ),
    );
    return { diagnostics };
  }
  return {
    text: engine.printContentAsIdrs(read.content, name, read.description),
    diagnostics,
  };
}
