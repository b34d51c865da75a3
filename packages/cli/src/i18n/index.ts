import type { Locale } from "@idrs-rules/core";
import { type CliMessageKey, en } from "./en.js";
import { zhCN } from "./zh-CN.js";

export type { CliMessageKey } from "./en.js";

const catalogs: Record<Locale, Record<CliMessageKey, string>> = { en, "zh-CN": zhCN };

/** Renders a CLI message in `locale`, replacing `{name}` placeholders by `args`. */
export function message(
  locale: Locale,
  key: CliMessageKey,
  args: Record<string, string | number> = {},
): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? String(args[name]) : whole,
  );
}

/** Keys of messages with a singular and a plural form: `summary.error` → `.one` / `.other`. */
type CountedKey = {
  [K in CliMessageKey]: K extends `${infer Base}.one` ? Base : never;
}[CliMessageKey];

/** Renders the `.one` or `.other` form of a counted message; `{count}` is filled in. */
export function countMessage(
  locale: Locale,
  key: CountedKey,
  count: number,
  args: Record<string, string | number> = {},
): string {
  const form = count === 1 ? "one" : "other";
  return message(locale, `${key}.${form}` as CliMessageKey, { ...args, count });
}

/** Both catalogs, for the test that compares their keys and placeholders. */
export function cliCatalogs(): Readonly<Record<Locale, Readonly<Record<CliMessageKey, string>>>> {
  return catalogs;
}
