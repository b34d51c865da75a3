import { bundledActions } from "../catalog/catalog.js";
import type { Locale } from "../i18n/locale.js";
import type { ActionDefinition } from "../services/types.js";

type LocalizedInput = string | Partial<Record<Locale, string>> | undefined;

interface ConfigAction {
  name: string;
  scope: ActionDefinition["scope"];
  title?: LocalizedInput;
  description?: LocalizedInput;
}

/**
 * Turns the schema-valid `actions` of a configuration into catalog entries. A title or
 * description may be one text for both languages or one per language, and a missing
 * language takes the other one's text. An entry that redefines a bundled action keeps the
 * bundled title and description it leaves out. For a new action, a missing title becomes
 * its name and a missing description stays empty.
 */
export function normalizeActions(actions: readonly unknown[]): ActionDefinition[] {
  const bundled = new Map(bundledActions().map((action) => [action.name, action]));
  return (actions as ConfigAction[]).map((action) => {
    const base = bundled.get(action.name);
    return {
      name: action.name,
      scope: action.scope,
      status: "custom",
      title: localized(action.title, base?.title ?? bothLocales(action.name)),
      description: localized(action.description, base?.description ?? bothLocales("")),
    };
  });
}

function bothLocales(text: string): Record<Locale, string> {
  return { en: text, "zh-CN": text };
}

function localized(
  input: LocalizedInput,
  fallback: Record<Locale, string>,
): Record<Locale, string> {
  if (input === undefined) return { ...fallback };
  if (typeof input === "string") return bothLocales(input);
  const en = input.en ?? input["zh-CN"] ?? fallback.en;
  const zh = input["zh-CN"] ?? input.en ?? fallback["zh-CN"];
  return { en, "zh-CN": zh };
}
