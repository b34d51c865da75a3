import type { Locale } from "../i18n/locale.js";
import { translate } from "../i18n/translate.js";
import type { LintRuleInfo } from "../services/types.js";
import { contentTooLarge } from "./rules/contentTooLarge.js";
import { duplicateAction } from "./rules/duplicateAction.js";
import { duplicateFragment } from "./rules/duplicateFragment.js";
import { duplicateRuleName } from "./rules/duplicateRuleName.js";
import { duplicateStep } from "./rules/duplicateStep.js";
import { emptyRule } from "./rules/emptyRule.js";
import { emptyRuleName } from "./rules/emptyRuleName.js";
import { emptyStep } from "./rules/emptyStep.js";
import { fileEncoding } from "./rules/fileEncoding.js";
import { fileUnreadable } from "./rules/fileUnreadable.js";
import { fragmentCycle } from "./rules/fragmentCycle.js";
import { fullWidthPunctuation } from "./rules/fullWidthPunctuation.js";
import { internalError } from "./rules/internalError.js";
import { invalidConfig } from "./rules/invalidConfig.js";
import { invalidContent } from "./rules/invalidContent.js";
import { invalidJson } from "./rules/invalidJson.js";
import { noRules } from "./rules/noRules.js";
import { recordingActionInStep } from "./rules/recordingActionInStep.js";
import { ruleNameTooLong } from "./rules/ruleNameTooLong.js";
import { ruleNameWhitespace } from "./rules/ruleNameWhitespace.js";
import { ruleNotSelected } from "./rules/ruleNotSelected.js";
import { sdkOnlyAction } from "./rules/sdkOnlyAction.js";
import { stepActionInRecording } from "./rules/stepActionInRecording.js";
import { stepGap } from "./rules/stepGap.js";
import { syntaxError } from "./rules/syntaxError.js";
import { undefinedFragment } from "./rules/undefinedFragment.js";
import { unknownAction } from "./rules/unknownAction.js";
import { unknownProperty } from "./rules/unknownProperty.js";
import { unusedDisableDirective } from "./rules/unusedDisableDirective.js";
import { unusedFragment } from "./rules/unusedFragment.js";
import type { LintRule } from "./types.js";

/** Every lint rule, readers' codes first, then in the order their checks run. */
const rules: readonly LintRule[] = [
  syntaxError,
  fullWidthPunctuation,
  invalidJson,
  unknownProperty,
  invalidContent,
  invalidConfig,
  fileEncoding,
  fileUnreadable,
  internalError,
  noRules,
  emptyRuleName,
  ruleNameWhitespace,
  ruleNameTooLong,
  emptyRule,
  duplicateStep,
  stepGap,
  unknownAction,
  sdkOnlyAction,
  emptyStep,
  duplicateAction,
  recordingActionInStep,
  stepActionInRecording,
  undefinedFragment,
  unusedFragment,
  fragmentCycle,
  duplicateFragment,
  duplicateRuleName,
  contentTooLarge,
  unusedDisableDirective,
  ruleNotSelected,
];

/** The registry by code. Built once; rules are data and never change at run time. */
export const lintRuleRegistry: ReadonlyMap<string, LintRule> = new Map(
  rules.map((rule) => [rule.code, rule]),
);

export function allLintRules(): readonly LintRule[] {
  return rules;
}

/** Folder of the rule pages inside the repository. */
const ruleDocsFolder = "docs/rules/";

/** Base web address of the rule pages; the one place the docs location is written. */
export const ruleDocsBaseUrl = `https://github.com/idrs-rules/idrs-rules/blob/main/${ruleDocsFolder}`;

function ruleDocsFileName(code: string, locale: Locale): string {
  return locale === "en" ? `${code}.md` : `${code}.${locale}.md`;
}

/** Returns the path of a rule's page inside the repository, per locale. */
export function ruleDocsPath(code: string, locale: Locale): string {
  return `${ruleDocsFolder}${ruleDocsFileName(code, locale)}`;
}

/** Returns the web address of a rule's page, for editor links and CLI output. */
export function ruleDocsUrl(code: string, locale: Locale): string {
  return `${ruleDocsBaseUrl}${ruleDocsFileName(code, locale)}`;
}

export function lintRuleInfo(rule: LintRule): LintRuleInfo {
  return {
    code: rule.code,
    defaultSeverity: rule.defaultSeverity,
    fixable: rule.fixable,
    summary: {
      en: translate("en", rule.messages.summary),
      "zh-CN": translate("zh-CN", rule.messages.summary),
    },
    docsPath: { en: ruleDocsPath(rule.code, "en"), "zh-CN": ruleDocsPath(rule.code, "zh-CN") },
  };
}
