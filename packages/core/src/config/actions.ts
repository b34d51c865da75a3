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
 * description may be one text for both languages or one per language. A missing language
 * takes the other one's text, and a missing title becomes the action's name.
 */
export function normalizeActions(actions: readonly unknown[]): ActionDefinition[] {
  return (actions as ConfigAction[]).map((action) => ({
    name: action.name,
    scope: action.scope,
    status: "custom",
    title: localized(action.title, action.name),
    description: localized(action.description, ""),
  }));
}

function localized(input: LocalizedInput, fallback: string): Record<Locale, string> {
  if (typeof input === "string") return { en: input, "zh-CN": input };
  const en = input?.en ?? input?.["zh-CN"] ?? fallback;
  const zh = input?.["zh-CN"] ?? input?.en ?? fallback;
  return { en, "zh-CN": zh };
}
