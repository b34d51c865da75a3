import type { Locale } from "@idrs-rules/core";

/**
 * Picks the message language without importing the engine, so `--version` and `--help` start
 * fast. It reads the locale the way `resolveLocale` of `@idrs-rules/core` does: any Chinese
 * variant (`zh_CN.UTF-8`, `zh-Hans`, `zh_TW`) gives zh-CN, anything else gives en. The first
 * non-empty variable of LC_ALL, LC_MESSAGES and LANG wins, as in POSIX.
 */
export function localeFromEnvironment(env: NodeJS.ProcessEnv): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(
    (item) => item !== undefined && item !== "",
  );
  return parseLocale(value) ?? "en";
}

/** Reads a `--lang` value or an environment locale; returns undefined for an unknown language. */
export function parseLocale(value: string | undefined): Locale | undefined {
  if (value === undefined) return undefined;
  const normalized = value.trim().toLowerCase().replace(/_/g, "-");
  if (normalized.startsWith("zh")) return "zh-CN";
  if (normalized === "c" || normalized === "posix" || normalized.startsWith("en")) return "en";
  return undefined;
}
