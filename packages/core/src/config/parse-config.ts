import { suggestNames } from "../catalog/suggest.js";
import type { Diagnostic, Fix } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import { translate } from "../i18n/translate.js";
import { jsonDiagnostic } from "../json/diagnostic.js";
import { CONFIG_EXAMPLE, positionsOf, readJson } from "../json/read.js";
import { JsonTree } from "../json/tree.js";
import { schemaErrorsToDiagnostics } from "../schema/errors.js";
import { configValidator } from "../schema/validators.js";
import type { IdrsConfig } from "../services/types.js";
import { normalizeActions } from "./actions.js";
import {
  actionEntryIndices,
  repeatedActionDiagnostics,
  repeatedActions,
} from "./duplicate-actions.js";
import { removeInvalidParts } from "./prune.js";

export interface ParseConfigOptions {
  uri: string;
  locale: Locale;
  /** Codes of the registered lint rules; when given, other codes in `rules` get a warning. */
  knownRuleCodes?: readonly string[];
  /** Codes of locked lint rules, which configuration cannot change; setting one gets a warning. */
  lockedRuleCodes?: readonly string[];
}

export interface ParseConfigResult {
  /** The valid part of the configuration; `{}` when nothing could be read. */
  config: IdrsConfig;
  diagnostics: Diagnostic[];
}

const RULE_CODE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A bad configuration must not loop forever while its bad parts are removed. */
const MAX_PRUNE_ROUNDS = 8;

/**
 * Reads `idrs.config.json`. Every problem is an `invalid-config` diagnostic at its JSON
 * position: syntax and schema errors are errors; unknown lint rule codes, settings of locked
 * rules and an action declared twice in `actions` are warnings. The
 * returned configuration keeps every valid setting and drops the invalid ones, and project
 * actions come back as catalog entries with status `custom`.
 */
export function parseConfig(text: string, options: ParseConfigOptions): ParseConfigResult {
  const readOptions = {
    uri: options.uri,
    locale: options.locale,
    code: "invalid-config",
    example: CONFIG_EXAMPLE,
  };
  const read = readJson(text, readOptions);
  if (!read.ok) return { config: {}, diagnostics: [read.diagnostic] };

  const validate = configValidator();
  let value = read.value;
  const actionIndices = actionEntryIndices(value);
  const diagnostics: Diagnostic[] = [];
  let tree: JsonTree | undefined;
  const positions = (): JsonTree | undefined => {
    if (tree) return tree;
    const scanned = positionsOf(text, read.from, readOptions);
    if (scanned instanceof JsonTree) tree = scanned;
    else diagnostics.push(scanned);
    return tree;
  };

  if (!validate(value)) {
    const scanned = positions();
    if (scanned) {
      diagnostics.push(
        ...schemaErrorsToDiagnostics(validate.errors, {
          tree: scanned,
          uri: options.uri,
          locale: options.locale,
          kind: "config",
        }),
      );
    }
    // Removing one bad part can expose another (an emptied list), so validate again.
    let rounds = 0;
    while (!validate(value)) {
      if (rounds++ === MAX_PRUNE_ROUNDS || !removeInvalidParts(value, validate.errors ?? [])) {
        value = {};
        break;
      }
    }
  }

  const config = value as IdrsConfig & { actions?: unknown[] };
  if (config.actions) {
    const repeated = repeatedActions(config.actions, actionIndices);
    const scanned = repeated.length > 0 ? positions() : undefined;
    if (scanned) diagnostics.push(...repeatedActionDiagnostics(scanned, repeated, options));
    config.actions = normalizeActions(config.actions);
  }

  if (options.knownRuleCodes && (config.rules || config.overrides)) {
    const scanned = positions();
    if (scanned) diagnostics.push(...unknownRuleCodes(scanned, options.knownRuleCodes, options));
  }
  diagnostics.sort((a, b) => a.range.start - b.range.start);
  return { config, diagnostics };
}

/**
 * Warns about each key of `rules` and `overrides[].rules` that is not a registered code, or
 * that names a locked rule, whose setting would silently have no effect.
 */
function unknownRuleCodes(
  tree: JsonTree,
  known: readonly string[],
  options: ParseConfigOptions,
): Diagnostic[] {
  const maps: number[] = [];
  const rules = tree.resolve("/rules");
  if (rules.complete) maps.push(rules.node);
  const overrides = tree.resolve("/overrides");
  if (overrides.complete && tree.kind(overrides.node) === "array") {
    for (const entry of tree.children(overrides.node)) {
      const map = tree.kind(entry) === "object" ? tree.member(entry, "rules") : undefined;
      if (map !== undefined) maps.push(map);
    }
  }

  const knownSet = new Set(known);
  const lockedSet = new Set(options.lockedRuleCodes ?? []);
  const diagnostics: Diagnostic[] = [];
  for (const map of maps) {
    if (tree.kind(map) !== "object") continue;
    for (const member of tree.children(map)) {
      const code = tree.key(member) ?? "";
      if (lockedSet.has(code)) {
        diagnostics.push(lockedRuleCode(tree, member, code, options));
        continue;
      }
      // Keys that are not kebab-case already have a schema error.
      if (knownSet.has(code) || !RULE_CODE.test(code)) continue;
      diagnostics.push(unknownRuleCode(tree, member, code, known, options));
    }
  }
  return diagnostics;
}

function unknownRuleCode(
  tree: JsonTree,
  member: number,
  code: string,
  known: readonly string[],
  options: ParseConfigOptions,
): Diagnostic {
  const range = { start: tree.keyStart(member), end: tree.keyEnd(member) };
  const [suggestion] = suggestNames(code, known, 1);
  const base = {
    code: "invalid-config",
    severity: "warning" as const,
    uri: options.uri,
    locale: options.locale,
    range,
  };
  if (suggestion === undefined) {
    return jsonDiagnostic({ ...base, key: "json.config.unknown-rule", args: { code } });
  }
  const fix: Fix = {
    title: translate(options.locale, "json.fix.rename-property", { name: suggestion }),
    edits: [{ range, newText: JSON.stringify(suggestion) }],
    isPreferred: false,
  };
  return jsonDiagnostic({
    ...base,
    key: "json.config.unknown-rule-suggest",
    args: { code, suggestion },
    fixes: [fix],
  });
}

function lockedRuleCode(
  tree: JsonTree,
  member: number,
  code: string,
  options: ParseConfigOptions,
): Diagnostic {
  return jsonDiagnostic({
    code: "invalid-config",
    severity: "warning",
    uri: options.uri,
    locale: options.locale,
    range: { start: tree.keyStart(member), end: tree.keyEnd(member) },
    key: "json.config.locked-rule",
    args: { code },
  });
}
