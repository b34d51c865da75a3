import type { Locale } from "../i18n/locale.js";
import { translate } from "../i18n/translate.js";
import type { JsonTree } from "../json/tree.js";

/** The kind of JSON document a schema error was found in, which decides how places are named. */
export type SchemaDocumentKind = "rule-file" | "content" | "config";

/** Splits a JSON Pointer (RFC 6901) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Writes segments as `deploy.endpoint` or `overrides[0].files`, the way people name settings. */
export function settingPath(segments: readonly string[]): string {
  let path = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) path += `[${segment}]`;
    else path += path === "" ? segment : `.${segment}`;
  }
  return path;
}

/**
 * Names the place a pointer leads to in words ("Entry 2 of content (sequence 3)", "The name
 * of action 1 in entry 2 of content (sequence 3)", "The setting "deploy.endpoint""), so no message shows a raw pointer.
 */
export function describeLocation(
  kind: SchemaDocumentKind,
  pointer: string,
  tree: JsonTree,
  locale: Locale,
): string {
  const segments = pointerSegments(pointer);
  if (kind === "config") {
    return segments.length === 0
      ? translate(locale, "json.where.config")
      : translate(locale, "json.where.setting", { path: settingPath(segments) });
  }

  if (kind === "rule-file") {
    if (segments.length === 0) return translate(locale, "json.where.rule-file");
    if (segments[0] !== "content" || segments.length === 1) {
      return translate(locale, "json.where.property", { name: settingPath(segments) });
    }
  }
  const base = kind === "rule-file" ? "/content" : "";
  const steps = kind === "rule-file" ? segments.slice(1) : segments;
  if (steps.length === 0) return translate(locale, "json.where.content");
  return (
    describeStepPart(steps, base, tree, locale) ??
    translate(locale, "json.where.property", {
      name: settingPath(segments),
    })
  );
}

function describeStepPart(
  steps: readonly string[],
  base: string,
  tree: JsonTree,
  locale: Locale,
): string | undefined {
  const [step, field, action, actionField] = steps;
  if (step === undefined || !/^\d+$/.test(step)) return undefined;
  const index = Number(step) + 1;

  // The index counts array entries, not chapters; naming the entry's `sequence` beside it
  // keeps "entry 2" from being read as chapter 2.
  const found = tree.resolve(`${base}/${step}/sequence`);
  const value = found.complete ? tree.numberValue(found.node) : undefined;
  const sequence = value !== undefined && Number.isInteger(value) ? value : undefined;
  if (steps.length === 1) {
    return sequence !== undefined
      ? translate(locale, "json.where.step-with-sequence", { index, sequence })
      : translate(locale, "json.where.step", { index });
  }
  if (steps.length === 2 && field === "sequence") {
    return translate(locale, "json.where.sequence", { index });
  }
  if (field !== "actions") return undefined;
  const entry =
    sequence !== undefined
      ? translate(locale, "json.where.entry-with-sequence", { index, sequence })
      : translate(locale, "json.where.entry", { index });
  if (steps.length === 2) return translate(locale, "json.where.actions", { step: entry });
  if (action === undefined || !/^\d+$/.test(action)) return undefined;
  const position = Number(action) + 1;
  if (steps.length === 3)
    return translate(locale, "json.where.action", { step: entry, action: position });
  if (steps.length === 4 && actionField === "name") {
    return translate(locale, "json.where.action-name", { step: entry, action: position });
  }
  return undefined;
}
