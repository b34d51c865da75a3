import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { RuleDocument } from "../model/model.js";
import { schemaErrorsToDiagnostics } from "../schema/errors.js";
import { describeLocation } from "../schema/locations.js";
import { contentValidator, ruleFileValidator } from "../schema/validators.js";
import { jsonDiagnostic } from "./diagnostic.js";
import { readRuleFileFast } from "./fast-rule.js";
import { positionsOf, RULE_FILE_EXAMPLE, readJson } from "./read.js";
import { readRuleNode } from "./rule-model.js";
import { JsonTree } from "./tree.js";

export interface ParseRuleJsonOptions {
  uri: string;
  locale: Locale;
  /** Document version as the host counts it; 0 for files on disk. */
  version?: number;
}

/**
 * Reads a `*.rule.json` file into the rule model with JSON positions. Never throws: JSON
 * syntax errors (`invalid-json`), schema violations (`unknown-property`, `invalid-content`)
 * and repeated keys are returned in `parseDiagnostics`. Even when the schema fails, the
 * steps and actions that are well formed are in the model, so lint rules run on them.
 */
export function parseRuleJson(text: string, options: ParseRuleJsonOptions): RuleDocument {
  // Most files are plain, schema-valid rule files: read in one pass, they need neither
  // `JSON.parse`, the position scan nor ajv. Anything else takes the full path below.
  const rule = readRuleFileFast(text);
  if (rule === undefined) return parseRuleJsonFully(text, options);
  const document = emptyDocument(text, options);
  document.rules.push(rule);
  return document;
}

/**
 * Reads a rule file through `JSON.parse`, the position scan and the compiled validator,
 * which report every problem. `parseRuleJson` takes this path for every file its one-pass
 * reader does not accept; tests compare the two.
 */
export function parseRuleJsonFully(text: string, options: ParseRuleJsonOptions): RuleDocument {
  const document = emptyDocument(text, options);
  const readOptions = {
    uri: options.uri,
    locale: options.locale,
    code: "invalid-json",
    example: RULE_FILE_EXAMPLE,
  };

  const read = readJson(text, readOptions);
  if (!read.ok) {
    document.parseDiagnostics.push(read.diagnostic);
    return document;
  }
  const tree = positionsOf(text, read.from, readOptions);
  if (!(tree instanceof JsonTree)) {
    document.parseDiagnostics.push(tree);
    return document;
  }

  const diagnostics = document.parseDiagnostics;
  const isArray = Array.isArray(read.value);
  if (isArray) {
    // A bare content array is what `decompile` takes, but a rule file needs its name too.
    diagnostics.push(
      jsonDiagnostic({
        code: "invalid-content",
        uri: options.uri,
        locale: options.locale,
        key: "json.rule-file.bare-array",
        args: { example: RULE_FILE_EXAMPLE },
        range: { start: tree.start(tree.root), end: tree.start(tree.root) + 1 },
      }),
    );
  }
  const validate = isArray ? contentValidator() : ruleFileValidator();
  if (!validate(read.value)) {
    const kind = isArray ? "content" : "rule-file";
    const schemaDiagnostics = schemaErrorsToDiagnostics(validate.errors, {
      tree,
      uri: options.uri,
      locale: options.locale,
      kind,
    });
    // A loop, not `push(...)`: a broken file can have more errors than a call takes arguments.
    for (const diagnostic of schemaDiagnostics) diagnostics.push(diagnostic);
  }

  const rule = readRuleNode(tree, (object, member) => {
    diagnostics.push(duplicateKeyDiagnostic(tree, object, member, options, isArray));
  });
  if (rule) document.rules.push(rule);
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return document;
}

function emptyDocument(text: string, options: ParseRuleJsonOptions): RuleDocument {
  return {
    uri: options.uri,
    kind: "json",
    version: options.version ?? 0,
    text,
    rules: [],
    fragments: [],
    comments: [],
    parseDiagnostics: [],
  };
}

/** Reports a repeated key; `parseContentJson` reports them the same way. */
export function duplicateKeyDiagnostic(
  tree: JsonTree,
  object: number,
  member: number,
  options: ParseRuleJsonOptions,
  isArray: boolean,
): Diagnostic {
  const pointer = pointerTo(tree, object);
  return jsonDiagnostic({
    code: "invalid-content",
    uri: options.uri,
    locale: options.locale,
    key: "json.schema.duplicate-property",
    args: {
      where: describeLocation(isArray ? "content" : "rule-file", pointer, tree, options.locale),
      property: tree.key(member) ?? "",
    },
    range: { start: tree.keyStart(member), end: tree.keyEnd(member) },
  });
}

/** Builds the JSON Pointer of a node by walking down from the root; only used on errors. */
function pointerTo(tree: JsonTree, target: number): string {
  let node = tree.root;
  let pointer = "";
  while (node !== target) {
    const children = tree.children(node);
    const index = children.findIndex((child) => child <= target && target < tree.subtreeEnd(child));
    const child = children[index];
    if (child === undefined) return pointer;
    const segment = tree.kind(node) === "object" ? (tree.key(child) ?? "") : String(index);
    pointer += `/${segment.replace(/~/g, "~0").replace(/\//g, "~1")}`;
    node = child;
  }
  return pointer;
}
