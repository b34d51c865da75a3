import { en } from "./en/index.js";
import type { Locale } from "./locale.js";
import { zhCN } from "./zh-CN/index.js";

export type MessageKey = keyof typeof en;
export type MessageArgs = Record<string, string | number>;

const catalogs: Record<Locale, Record<MessageKey, string>> = { en, "zh-CN": zhCN };

/** Renders a message of the locale's catalog, replacing `{name}` placeholders by `args`. */
export function translate(locale: Locale, key: MessageKey, args: MessageArgs = {}): string {
  const template = catalogs[locale][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

export function messageCatalog(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}
