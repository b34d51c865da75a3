import type { Locale } from "@idrs-rules/core";
import { deployEn } from "../i18n/deploy.en.js";
import { deployZhCN } from "../i18n/deploy.zh-CN.js";
import { escapeControls } from "./safe-text.js";

export type DeployMessageKey = keyof typeof deployEn;
export type MessageArgs = Record<string, string | number>;

const catalogs: Record<Locale, Record<DeployMessageKey, string>> = {
  en: deployEn,
  "zh-CN": deployZhCN,
};

/**
 * Renders a message of the deployment commands, replacing `{name}` placeholders by `args`.
 * Arguments are escaped with `escapeControls`, because many of them (rule names, Ids,
 * RequestIds) come from the service.
 */
export function deployMessage(
  locale: Locale,
  key: DeployMessageKey,
  args: MessageArgs = {},
): string {
  const template = catalogs[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in args ? escapeControls(String(args[name])) : whole,
  );
}

/** Both catalogs, for the test that compares their keys and placeholders. */
export function deployCatalogs(): Readonly<
  Record<Locale, Readonly<Record<DeployMessageKey, string>>>
> {
  return catalogs;
}
