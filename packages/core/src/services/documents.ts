import type { Locale } from "../i18n/locale.js";
import type { DocumentKind, RuleDocument } from "../model/model.js";
import type { Engine } from "./engine.js";

/** `.json` files (`*.rule.json`) are JSON rule files; everything else is read as `.idrs`. */
export function documentKind(uri: string): DocumentKind {
  return uri.toLowerCase().endsWith(".json") ? "json" : "idrs";
}

/** True for the files `loadFolder` reads: `.idrs` and `*.rule.json`. */
export function isRuleFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(".idrs") || lower.endsWith(".rule.json");
}

/**
 * The open documents of one workspace. A document is parsed again only when its version or
 * its text changes, so repeated `setDocument` calls for files on disk (version 0) are cheap.
 */
export class DocumentStore {
  private readonly documents = new Map<string, RuleDocument>();

  constructor(
    private readonly engine: Pick<Engine, "parseIdrs" | "parseRuleJson">,
    private readonly locale: Locale,
  ) {}

  /** Returns the cached document when nothing changed, else the newly parsed one. */
  set(uri: string, text: string, version: number): { document: RuleDocument; changed: boolean } {
    const cached = this.documents.get(uri);
    if (cached && cached.version === version && cached.text === text)
      return { document: cached, changed: false };

    const options = { uri, locale: this.locale, version };
    const document =
      documentKind(uri) === "json"
        ? this.engine.parseRuleJson(text, options)
        : this.engine.parseIdrs(text, options);
    this.documents.set(uri, document);
    return { document, changed: true };
  }

  delete(uri: string): boolean {
    return this.documents.delete(uri);
  }

  get(uri: string): RuleDocument | undefined {
    return this.documents.get(uri);
  }

  all(): RuleDocument[] {
    return [...this.documents.values()];
  }
}
