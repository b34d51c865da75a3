import type { Content } from "../model/model.js";
import { allLintRules } from "./registry.js";
import { ruleNameLength, trimRuleName } from "./ruleName.js";
import type { ActionLookup, LintLimits } from "./types.js";

/**
 * Returns the rule's name when no lint rule can report anything on the JSON rule file
 * `text`, whatever the configuration. The rules that compare it with other files
 * (`comparedAcrossFiles`) are left to the caller, which checks them with that name.
 * Undefined means "maybe": the caller then reads the file into the model and lints it.
 *
 * It exists for speed. A lint run over a thousand rule files spent most of its time reading
 * every file into a model with positions, keeping the models alive, and running each lint
 * rule. A clean file needs none of that, because positions only serve to place findings.
 * `JSON.parse` reads it, natively and at full speed from the first file on, where a reader
 * written in JavaScript runs slowly until the engine has compiled it.
 *
 * A host may pass the file's UTF-8 bytes as a Latin-1 string, one character per byte, to
 * skip decoding clean files at all, with `readString` decoding such a string. JSON's
 * structure, keys, numbers and colons are ASCII, so they read the same. Only the rule's
 * name is decoded, for its checks and for the result. A non-ASCII action name does not
 * match the catalog as bytes, so that file gets "maybe".
 */
export function cleanRuleFileName(
  text: string,
  catalog: ActionLookup,
  limits: LintLimits,
  readString: (raw: string) => string = (raw) => raw,
): string | undefined {
  // Without a backslash every colon of a string is written as a colon, so the colons of
  // the text are its keys plus those of its strings. Files with escapes are rare, so they
  // simply take the full path.
  if (text.indexOf("\\") !== -1) return undefined;
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }

  const rule = plainRuleFile(value);
  // `JSON.parse` keeps the last of repeated keys, which the full path reports. A repeated
  // key, with any colon of the value it hides, shows as colons that no key read explains.
  if (rule === undefined || countColons(json) !== rule.keys + rule.colonsInStrings)
    return undefined;
  const name = readString(rule.name);
  return isCertainlyClean(name, rule.content, catalog, limits) ? name : undefined;
}

/**
 * Reads a parsed value as a rule file exactly as the rule-file schema allows it, and counts
 * its keys and the colons in its strings. Anything the schema rejects gives undefined.
 */
function plainRuleFile(
  value: unknown,
): { name: string; content: Content; keys: number; colonsInStrings: number } | undefined {
  if (!isObject(value)) return undefined;
  let keys = 0;
  for (const key in value) {
    keys++;
    if (key !== "name" && key !== "content" && key !== "description" && key !== "$schema")
      return undefined;
  }
  const { name, content, description } = value;
  if (typeof name !== "string" || !Array.isArray(content)) return undefined;
  if (description !== undefined && typeof description !== "string") return undefined;
  if (value.$schema !== undefined && typeof value.$schema !== "string") return undefined;
  // The known keys have no colon; the strings may.
  let colonsInStrings = countColons(name);
  if (description !== undefined) colonsInStrings += countColons(description);
  if (value.$schema !== undefined) colonsInStrings += countColons(value.$schema);

  for (const step of content as unknown[]) {
    if (!isObject(step)) return undefined;
    for (const key in step) {
      if (key !== "sequence" && key !== "actions") return undefined;
    }
    // Both keys present: a missing one reads as undefined below.
    const { sequence, actions } = step;
    if (!Number.isSafeInteger(sequence) || (sequence as number) < 0) return undefined;
    if (!Array.isArray(actions)) return undefined;
    keys += 2;

    for (const action of actions as unknown[]) {
      if (!isObject(action)) return undefined;
      let actionKeys = 0;
      for (const _key in action) actionKeys++;
      if (actionKeys !== 1 || typeof action.name !== "string" || action.name === "")
        return undefined;
      keys++;
      colonsInStrings += countColons(action.name);
    }
  }
  return { name, content: content as Content, keys, colonsInStrings };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Counts the colons of a text: without a backslash, each one separates a key from its value
 * or is written inside a string.
 */
function countColons(text: string): number {
  let count = 0;
  for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) count++;
  return count;
}

/**
 * True when no lint rule reports anything on a rule of this name and content (apart from
 * the rules in `comparedAcrossFiles`). Each condition is stricter than, or equal to, the
 * silence of the rule named beside it. A property test checks the verdict against the lint
 * rules on generated files.
 */
function isCertainlyClean(
  name: string,
  content: Content,
  catalog: ActionLookup,
  limits: LintLimits,
): boolean {
  // empty-rule-name, rule-name-whitespace, rule-name-too-long.
  if (name === "" || trimRuleName(name) !== name) return false;
  if (ruleNameLength(name) > limits.maxNameLength) return false;

  // empty-rule.
  if (content.length === 0) return false;

  // An upper bound of the compiled content's size (content-too-large); see below.
  let bytes = 2 + content.length;
  // duplicate-step and step-gap: chapters numbered 1, 2, 3... in order, and at most one
  // whole-recording step (sequence 0), written anywhere.
  let next = 1;
  let wholeRecording = 0;
  for (const step of content) {
    if (step.sequence === 0) {
      if (++wholeRecording > 1) return false;
    } else if (step.sequence !== next) {
      return false;
    } else {
      next++;
    }

    // empty-step.
    const actions = step.actions;
    if (actions.length === 0) return false;
    bytes += 50 + actions.length;

    for (let i = 0; i < actions.length; i++) {
      const actionName = (actions[i] as { name: string }).name;
      // duplicate-action.
      for (let j = 0; j < i; j++) {
        if ((actions[j] as { name: string }).name === actionName) return false;
      }
      // unknown-action, sdk-only-action, recording-action-in-step, step-action-in-recording.
      const action = catalog.lookup(actionName);
      if (action === undefined || action.status === "sdk-only") return false;
      if (action.scope !== (step.sequence === 0 ? "recording" : "step")) return false;
      bytes += 11 + 6 * actionName.length;
    }
  }
  // The bound: per step `{"sequence":N,"actions":[...]}` with N of at most 24 bytes, and per
  // action `{"name":"..."}` with every UTF-16 unit escaped to at most 6 bytes.
  return bytes <= limits.maxContentBytes;
}

/** Codes whose silence `isCertainlyClean` proves. */
export const provenSilent: readonly string[] = [
  "empty-rule-name",
  "rule-name-whitespace",
  "rule-name-too-long",
  "empty-rule",
  "duplicate-step",
  "step-gap",
  "empty-step",
  "duplicate-action",
  "unknown-action",
  "sdk-only-action",
  "recording-action-in-step",
  "step-action-in-recording",
  "content-too-large",
];

/** Codes that compare a rule with the other files; the caller checks them by name. */
export const comparedAcrossFiles: readonly string[] = ["duplicate-rule-name"];

/**
 * Codes that cannot report on a JSON rule file that passes `cleanRuleFileName`: the file
 * is valid JSON under the schema without repeated keys, contains one rule and no fragment,
 * `use` or comment, and is not compiled. The host reports unreadable files and byte order
 * marks itself.
 */
export const notApplicable: readonly string[] = [
  "syntax-error",
  "full-width-punctuation",
  "invalid-json",
  "unknown-property",
  "invalid-content",
  "invalid-config",
  "file-encoding",
  "file-unreadable",
  "internal-error",
  "no-rules",
  "undefined-fragment",
  "unused-fragment",
  "fragment-cycle",
  "duplicate-fragment",
  "unused-disable-directive",
  "rule-not-selected",
];

/**
 * True while every registered lint rule is accounted for above. A new rule turns the quick
 * verdict off until it is added to one of the lists (a test fails meanwhile), so it can
 * never be skipped by mistake.
 */
export const quickVerdictCoversEveryRule: boolean = allLintRules().every(
  (rule) =>
    provenSilent.includes(rule.code) ||
    comparedAcrossFiles.includes(rule.code) ||
    notApplicable.includes(rule.code),
);
