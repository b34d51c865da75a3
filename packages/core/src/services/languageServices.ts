import { type CancellationToken, throwIfCancelled } from "../cancellation.js";
import type { Diagnostic } from "../diagnostics.js";
import { cleanRuleFileName, quickVerdictCoversEveryRule } from "../lint/certainlyClean.js";
import { defaultLintLimits } from "../lint/linter.js";
import { allLintRules, lintRuleInfo } from "../lint/registry.js";
import { silentLogger } from "../logger.js";
import type { RuleDocument } from "../model/model.js";
import { Checker } from "./checker.js";
import { compileRuleOf, decompileJson, selectRule } from "./compileService.js";
import { DocumentStore, documentKind } from "./documents.js";
import type { Engine } from "./engine.js";
import { findRuleFiles } from "./loadFolder.js";
import type { LanguageServices, LanguageServicesOptions } from "./types.js";
import { WorkspaceIndex } from "./workspaceIndex.js";

/**
 * Builds the language services over a given engine. `createLanguageServices` passes the
 * real one; this seam exists so the factory does not depend on how each reader is built.
 */
export function createLanguageServicesWith(
  engine: Engine,
  options: LanguageServicesOptions = {},
): LanguageServices {
  const locale = options.locale ?? "en";
  const logger = options.logger ?? silentLogger;
  const store = new DocumentStore(engine, locale);
  const index = new WorkspaceIndex();
  const catalog = engine.createActionCatalog(options.config?.actions);
  const checker = new Checker({
    index,
    catalog,
    config: options.config,
    rootUri: options.rootUri,
    locale,
    logger,
  });

  const limits = {
    maxNameLength: options.config?.limits?.maxNameLength ?? defaultLintLimits.maxNameLength,
    maxContentBytes: options.config?.limits?.maxContentBytes ?? defaultLintLimits.maxContentBytes,
  };

  const requireDocument = (uri: string): RuleDocument => {
    const document = store.get(uri);
    // Asking for a document that was never added is a mistake in the host, not in user text.
    if (!document)
      throw new Error(`no document ${uri} in the language services; call setDocument first`);
    return document;
  };

  const check = (uri: string, token?: CancellationToken): Diagnostic[] => {
    const document = store.get(uri);
    return document ? checker.check(document, token) : [];
  };

  const setDocument = (uri: string, text: string, version = 0): RuleDocument => {
    const { document, changed } = store.set(uri, text, version);
    if (changed) {
      index.update(document);
      logger.debug(
        `parsed ${uri} (version ${version}): ${document.rules.length} rules, ${document.fragments.length} fragments`,
      );
    }
    return document;
  };

  return {
    locale,
    setDocument,

    removeDocument(uri) {
      store.delete(uri);
      index.remove(uri);
    },

    getDocument: (uri) => store.get(uri),
    documents: () => store.all(),

    async loadFolder(uri, token) {
      const fileSystem = options.fileSystem;
      if (!fileSystem)
        throw new Error("loadFolder needs a fileSystem in the language services options");

      const files = await findRuleFiles(fileSystem, uri, logger, token);
      const loaded: RuleDocument[] = [];
      for (const file of files) {
        throwIfCancelled(token);
        let text: string;
        try {
          text = await fileSystem.readFile(file);
        } catch (error) {
          logger.error(
            `cannot read ${file}, skipped: ${error instanceof Error ? error.message : String(error)}`,
          );
          continue;
        }
        loaded.push(setDocument(file, text, 0));
      }
      logger.info(`loaded ${loaded.length} rule files from ${uri}`);
      return loaded;
    },

    check,

    cleanRuleFileName(uri, text, readString) {
      if (!quickVerdictCoversEveryRule || documentKind(uri) !== "json") return undefined;
      return cleanRuleFileName(text, catalog, limits, readString);
    },

    checkAll(token) {
      const results = new Map<string, Diagnostic[]>();
      for (const document of store.all()) {
        throwIfCancelled(token);
        results.set(document.uri, checker.check(document, token));
      }
      return results;
    },

    format(uri) {
      const document = requireDocument(uri);
      // JSON rule files have no canonical layout of their own; only `.idrs` is formatted.
      if (document.kind !== "idrs") return { diagnostics: [] };
      return engine.formatIdrs(document);
    },

    compile(uri, ruleName) {
      const document = requireDocument(uri);
      const selection = selectRule(document, ruleName, locale);
      if (!selection.rule)
        return { diagnostics: selection.diagnostic ? [selection.diagnostic] : [] };
      return compileRuleOf(document, selection.rule, (target) => check(target), index, engine);
    },

    decompile: (jsonText, decompileOptions = {}) =>
      decompileJson(jsonText, decompileOptions, locale, engine),

    lintRules: () => allLintRules().map(lintRuleInfo),
  };
}
