import type { ErrorObject } from "ajv";
import { suggestNames } from "../catalog/suggest.js";
import type { Diagnostic, Fix } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { type MessageKey, translate } from "../i18n/translate.js";
import { formatList, jsonDiagnostic, previewValue } from "../json/diagnostic.js";
import type { JsonTree } from "../json/tree.js";
import type { TextRange } from "../text/range.js";
import { collapseErrors, type SchemaProblem } from "./collapse.js";
import { describeLocation, pointerSegments, type SchemaDocumentKind } from "./locations.js";

export interface SchemaDiagnosticOptions {
  /** Positions of the text that was validated. */
  tree: JsonTree;
  uri: string;
  locale: Locale;
  kind: SchemaDocumentKind;
}

/**
 * Converts ajv's errors into diagnostics: one per place, worded for people, and placed on
 * the JSON text (a property key for an unknown property, the opening brace for a missing
 * property, the value otherwise). Codes: `unknown-property` and `invalid-content` in rule
 * files and content, `invalid-config` in configuration.
 */
export function schemaErrorsToDiagnostics(
  errors: readonly ErrorObject[] | null | undefined,
  options: SchemaDiagnosticOptions,
): Diagnostic[] {
  return collapseErrors(errors ?? []).map((problem) => problemToDiagnostic(problem, options));
}

function problemToDiagnostic(problem: SchemaProblem, options: SchemaDiagnosticOptions): Diagnostic {
  const { tree, locale, kind } = options;
  const where = describeLocation(kind, problem.path, tree, locale);
  const node = tree.resolve(problem.path).node;
  const valueRange: TextRange = { start: tree.start(node), end: tree.end(node) };
  const nodeKind = tree.kind(node);
  const value =
    nodeKind === "object" || nodeKind === "array"
      ? typeName(locale, nodeKind)
      : previewValue(tree.value(node));
  const code =
    kind === "config"
      ? "invalid-config"
      : problem.kind === "unknown-property"
        ? "unknown-property"
        : "invalid-content";
  const make = (
    key: MessageKey,
    args: Record<string, string | number>,
    range = valueRange,
    fixes: Fix[] = [],
  ) =>
    jsonDiagnostic({ code, uri: options.uri, locale, key, args: { where, ...args }, range, fixes });

  switch (problem.kind) {
    case "unknown-property":
      return unknownProperty(problem, node, options, make);
    case "missing-property": {
      const names = problem.properties.map((name) => `"${name}"`);
      const key =
        names.length > 1 ? "json.schema.missing-properties" : "json.schema.missing-property";
      const brace = { start: valueRange.start, end: valueRange.start + 1 };
      return make(key, { property: formatList(locale, names, "and") }, brace);
    }
    case "wrong-type":
      return make("json.schema.wrong-type", {
        expected: formatList(
          locale,
          problem.expected.map((type) => typeName(locale, type)),
          "or",
        ),
        actual: describeActual(tree, node, locale),
      });
    case "too-small":
      return make("json.schema.too-small", { limit: problem.limit, value });
    case "too-large":
      return make("json.schema.too-large", { limit: problem.limit, value });
    case "empty":
      return make("json.schema.empty", {});
    case "too-long":
      return make("json.schema.too-long", { limit: problem.limit });
    case "too-few-items":
      return make("json.schema.too-few-items", { limit: problem.limit });
    case "not-allowed-value":
      return notAllowedValue(problem.allowed, tree.value(node), value, valueRange, locale, make);
    case "pattern": {
      const endpoint = problem.path.endsWith("/deploy/endpoint") && kind === "config";
      return make(endpoint ? "json.schema.endpoint" : "json.schema.pattern", { value });
    }
    case "invalid":
      return make("json.schema.invalid", {});
  }
}

type Make = (
  key: MessageKey,
  args: Record<string, string | number>,
  range?: TextRange,
  fixes?: Fix[],
) => Diagnostic;

function unknownProperty(
  problem: Extract<SchemaProblem, { kind: "unknown-property" }>,
  object: number,
  options: SchemaDiagnosticOptions,
  make: Make,
): Diagnostic {
  const { tree, locale } = options;
  const member = tree.member(object, problem.property);
  const range =
    member === undefined
      ? { start: tree.start(object), end: tree.start(object) + 1 }
      : { start: tree.keyStart(member), end: tree.keyEnd(member) };

  // In a `rules` map every kebab-case key is accepted, so the key is not a rule code at all.
  const segments = pointerSegments(problem.path);
  if (options.kind === "config" && segments[segments.length - 1] === "rules") {
    return make("json.config.rule-code-format", { property: problem.property }, range);
  }

  const allowed = problem.allowed.join(translate(locale, "json.list.separator"));
  const [suggestion] = suggestNames(problem.property, problem.allowed, 1);
  if (suggestion === undefined) {
    return make("json.schema.unknown-property", { property: problem.property, allowed }, range);
  }
  // Renaming is offered only when it cannot create a duplicate key.
  const fixes: Fix[] =
    member !== undefined && tree.member(object, suggestion) === undefined
      ? [
          {
            title: translate(locale, "json.fix.rename-property", { name: suggestion }),
            edits: [{ range, newText: JSON.stringify(suggestion) }],
            isPreferred: false,
          },
        ]
      : [];
  return make(
    "json.schema.unknown-property-suggest",
    { property: problem.property, suggestion, allowed },
    range,
    fixes,
  );
}

function notAllowedValue(
  allowed: readonly unknown[],
  actual: unknown,
  value: string,
  range: TextRange,
  locale: Locale,
  make: Make,
): Diagnostic {
  const list = allowed
    .map((item) => previewValue(item))
    .join(translate(locale, "json.list.separator"));
  const names = allowed.filter((item): item is string => typeof item === "string");
  const [suggestion] = typeof actual === "string" ? suggestNames(actual, names, 1) : [];
  if (suggestion === undefined)
    return make("json.schema.not-allowed-value", { allowed: list, value });
  const fix: Fix = {
    title: translate(locale, "json.fix.replace-value", { value: suggestion }),
    edits: [{ range, newText: JSON.stringify(suggestion) }],
    isPreferred: false,
  };
  return make(
    "json.schema.not-allowed-value-suggest",
    { allowed: list, value, suggestion },
    range,
    [fix],
  );
}

function typeName(locale: Locale, type: string): string {
  switch (type) {
    case "object":
    case "array":
    case "string":
    case "integer":
    case "number":
    case "boolean":
    case "null":
      return translate(locale, `json.type.${type}`);
    default:
      return type;
  }
}

/** Describes what a value is: "an array", or "a string ("1")" for scalars. */
function describeActual(tree: JsonTree, node: number, locale: Locale): string {
  const kind = tree.kind(node);
  const value = tree.value(node);
  if (kind === "string" || kind === "number") {
    return translate(locale, "json.actual.with-value", {
      type: typeName(locale, kind),
      value: previewValue(value),
    });
  }
  if (kind === "boolean") return previewValue(value);
  return typeName(locale, kind);
}
