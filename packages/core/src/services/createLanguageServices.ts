import { createActionCatalog } from "../catalog/index.js";
import { compileRule, contentToJson, printContentAsIdrs } from "../compile/index.js";
import { formatIdrs } from "../format/index.js";
import { parseContentJson, parseRuleJson } from "../json/index.js";
import { parseIdrs } from "../syntax/index.js";
import type { Engine } from "./engine.js";
import { createLanguageServicesWith } from "./languageServices.js";
import type { LanguageServices, LanguageServicesOptions } from "./types.js";

/** The real readers, printers and catalog of this package. */
const defaultEngine: Engine = {
  parseIdrs,
  parseRuleJson,
  formatIdrs,
  compileRule,
  contentToJson,
  parseContentJson,
  printContentAsIdrs,
  createActionCatalog,
};

/**
 * Creates the language services every host uses (CLI, language server, web editor worker):
 * documents, workspace index, lint, format, compile and decompile for one rule repository.
 */
export function createLanguageServices(options: LanguageServicesOptions = {}): LanguageServices {
  return createLanguageServicesWith(defaultEngine, options);
}
