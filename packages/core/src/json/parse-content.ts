import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { Content } from "../model/model.js";
import { schemaErrorsToDiagnostics } from "../schema/errors.js";
import { contentValidator, ruleFileValidator } from "../schema/validators.js";
import { jsonDiagnostic } from "./diagnostic.js";
import { mayRepeatKeys } from "./duplicate-keys.js";
import { duplicateKeyDiagnostic } from "./parse-rule.js";
import { CONTENT_EXAMPLE, positionsOf, readJson } from "./read.js";
import { readRuleNode } from "./rule-model.js";
import { JsonTree } from "./tree.js";

export interface ParseContentJsonOptions {
  uri: string;
  locale: Locale;
}

export interface ParseContentJsonResult {
  /** Present only when the content is valid against the content schema. */
  content?: Content;
  /** The rule name, when the text is a rule file object. */
  name?: string;
  description?: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads content JSON as `decompile` and `pull` receive it: a bare content array, or a rule
 * file object with `name` and `content`. Remote content may be anything, because the API
 * reference's own samples show a stored `Content` of `"{}"`. So every other value gets a
 * clear diagnostic and no throw.
 * Valid text takes the fast path: `JSON.parse` and the compiled validator, with positions
 * recorded only when there is something to report.
 */
export function parseContentJson(
  text: string,
  options: ParseContentJsonOptions,
): ParseContentJsonResult {
  const readOptions = {
    uri: options.uri,
    locale: options.locale,
    code: "invalid-json",
    example: CONTENT_EXAMPLE,
  };
  const read = readJson(text, readOptions);
  if (!read.ok) return { diagnostics: [read.diagnostic] };

  const value = read.value;
  const isObject = typeof value === "object" && value !== null && !Array.isArray(value);
  const validate = isObject ? ruleFileValidator() : contentValidator();
  const special = typeof value === "string" || (isObject && Object.keys(value).length === 0);
  const valid = !special && validate(value);
  if (valid && !mayRepeatKeys(text, value)) return resultOf(value, isObject);

  const tree = positionsOf(text, read.from, readOptions);
  if (!(tree instanceof JsonTree)) return { diagnostics: [tree] };
  const root = { start: tree.start(tree.root), end: tree.end(tree.root) };
  const make = (key: "json.content.string" | "json.content.empty-object") =>
    jsonDiagnostic({
      code: "invalid-content",
      uri: options.uri,
      locale: options.locale,
      key,
      args: { example: CONTENT_EXAMPLE },
      range: root,
    });

  if (typeof value === "string") return { diagnostics: [make("json.content.string")] };
  if (special) return { diagnostics: [make("json.content.empty-object")] };
  const kind = isObject ? "rule-file" : "content";
  const diagnostics = valid
    ? []
    : schemaErrorsToDiagnostics(validate.errors, {
        tree,
        uri: options.uri,
        locale: options.locale,
        kind,
      });

  // `JSON.parse` keeps only the last of repeated keys, so the content would silently differ
  // from the text; the `.rule.json` reader reports them the same way.
  readRuleNode(tree, (object, member) => {
    diagnostics.push(duplicateKeyDiagnostic(tree, object, member, options, !isObject));
  });
  if (valid && diagnostics.length === 0) return resultOf(value, isObject);
  return { diagnostics: diagnostics.sort((a, b) => a.range.start - b.range.start) };
}

function resultOf(value: unknown, isObject: boolean): ParseContentJsonResult {
  if (!isObject) return { content: value as Content, diagnostics: [] };
  const file = value as { name: string; description?: string; content: Content };
  const result: ParseContentJsonResult = {
    content: file.content,
    name: file.name,
    diagnostics: [],
  };
  if (file.description !== undefined) result.description = file.description;
  return result;
}
