export type Locale = "en" | "zh-CN";

export const supportedLocales: readonly Locale[] = ["en", "zh-CN"];

/**
 * Maps an editor locale (`zh-cn`), a POSIX locale (`zh_CN.UTF-8`) or a tag (`zh-Hans`) to a
 * supported locale. Any Chinese variant gives zh-CN; anything else, or nothing, gives en.
 */
export function resolveLocale(input: string | undefined | null): Locale {
  if (!input) return "en";
  const normalized = input.trim().toLowerCase().replace(/_/g, "-");
  if (normalized === "c" || normalized === "posix" || normalized === "") return "en";
  if (normalized.startsWith("zh")) return "zh-CN";
  return "en";
}
