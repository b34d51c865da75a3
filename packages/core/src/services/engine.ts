import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { ActionLookup } from "../lint/types.js";
import type { Content, FragmentNode, RuleDocument, RuleNode } from "../model/model.js";
import type { ActionDefinition, FormatResult } from "./types.js";

/** The result of `parseContentJson`: the content, when it could be read, and the rule's name. */
export interface ContentReadResult {
  content?: Content;
  name?: string;
  description?: string;
  diagnostics: Diagnostic[];
}

/**
 * The readers, printers and catalog the services are built on. The services take them as
 * one object, so the factory does not depend on how each is implemented.
 * `createLanguageServices` passes the real modules of this package.
 */
export interface Engine {
  parseIdrs(text: string, options: { uri: string; locale: Locale; version: number }): RuleDocument;
  parseRuleJson(
    text: string,
    options: { uri: string; locale: Locale; version: number },
  ): RuleDocument;
  formatIdrs(document: RuleDocument): FormatResult;
  compileRule(rule: RuleNode, fragments: ReadonlyMap<string, FragmentNode>): Content;
  contentToJson(content: Content): string;
  parseContentJson(text: string, options: { uri: string; locale: Locale }): ContentReadResult;
  printContentAsIdrs(content: Content, name: string, description?: string): string;
  createActionCatalog(extra?: ActionDefinition[]): ActionLookup;
}
