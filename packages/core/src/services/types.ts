import type { CancellationToken } from "../cancellation.js";
import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { Logger } from "../logger.js";
import type { Content, RuleDocument } from "../model/model.js";

/**
 * File access injected by the host, so the engine runs in Node, in a browser worker and in
 * the language server alike. URIs are whatever the host uses consistently (paths or
 * `file://` URIs); the engine only compares and displays them.
 */
export interface FileSystem {
  readFile(uri: string): Promise<string>;
  /** Lists the entries of a folder, names only. */
  readDirectory(uri: string): Promise<Array<{ name: string; isDirectory: boolean }>>;
  joinPath(base: string, name: string): string;
}

/** Severity setting of one lint rule in configuration. */
export type RuleSetting = "off" | "info" | "warning" | "error";

/** A catalog entry: one detection action the service offers. */
export interface ActionDefinition {
  name: string;
  /** `step`: runs on one chapter; `recording`: runs over the whole recording (`sequence` 0). */
  scope: "step" | "recording";
  /** `confirmed`: seen in rule content; `sdk-only`: seen only in the mobile SDK; `custom`: added by a project. */
  status: "confirmed" | "sdk-only" | "custom";
  title: Record<Locale, string>;
  description: Record<Locale, string>;
}

/** The parsed `idrs.config.json`; the schema in `schemas/config.schema.json` describes it. */
export interface IdrsConfig {
  rules?: Record<string, RuleSetting>;
  overrides?: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
  actions?: ActionDefinition[];
  limits?: { maxNameLength?: number; maxContentBytes?: number };
  include?: string[];
  exclude?: string[];
  deploy?: {
    endpoint?: string;
    profile?: string;
    rulesDir?: string;
    lockFile?: string;
    auditLog?: string;
    pullFormat?: "idrs" | "json";
    concurrency?: number;
  };
}

export interface LanguageServicesOptions {
  locale?: Locale;
  config?: IdrsConfig;
  /**
   * The folder that contains `idrs.config.json`, in the host's URI form. `overrides[].files`
   * patterns are matched against document paths relative to it, or against the URI as given
   * when it is not set.
   */
  rootUri?: string;
  fileSystem?: FileSystem;
  logger?: Logger;
}

export interface CompileResult {
  /** Present only when the rule compiled without errors. */
  content?: Content;
  /** `content` as the service expects it: compact JSON text. */
  json?: string;
  diagnostics: Diagnostic[];
}

export interface DecompileResult {
  /** Present only when the content could be expressed as `.idrs`. */
  text?: string;
  diagnostics: Diagnostic[];
}

export interface FormatResult {
  /** Absent when the document has syntax errors: the formatter never guesses. */
  text?: string;
  diagnostics: Diagnostic[];
}

/** Metadata of one lint rule, as hosts need it for docs links, SARIF and configuration. */
export interface LintRuleInfo {
  code: string;
  defaultSeverity: RuleSetting;
  fixable: boolean;
  summary: Record<Locale, string>;
  docsPath: Record<Locale, string>;
}

/**
 * The engine as every host sees it. One instance serves one workspace (a rule repository);
 * documents are added and updated by the host, and checks read all documents for the
 * repository-wide rules (fragments, duplicate names).
 */
export interface LanguageServices {
  readonly locale: Locale;
  setDocument(uri: string, text: string, version?: number): RuleDocument;
  removeDocument(uri: string): void;
  getDocument(uri: string): RuleDocument | undefined;
  documents(): RuleDocument[];
  /** Reads every `.idrs` and `*.rule.json` file under a folder through the file system. */
  loadFolder(uri: string, token?: CancellationToken): Promise<RuleDocument[]>;
  /** Parse and lint diagnostics of one document, in the workspace's context. */
  check(uri: string, token?: CancellationToken): Diagnostic[];
  checkAll(token?: CancellationToken): Map<string, Diagnostic[]>;
  /**
   * A quick verdict for hosts that lint many files at once: when the JSON rule file `text`
   * (at `uri`) certainly has no finding of its own, returns its rule's name, else undefined.
   * Nothing is parsed into the workspace. The host still compares the name with the other
   * rules of the workspace: only a name no other rule has leaves the file without findings.
   * A file without a name returned, or with a shared name, must be added with
   * `setDocument` and checked. `readString` lets a host pass undecoded UTF-8 bytes as
   * Latin-1 text (see `lint/certainlyClean.ts`).
   */
  cleanRuleFileName(
    uri: string,
    text: string,
    readString?: (raw: string) => string,
  ): string | undefined;
  /** Formats a `.idrs` document; a JSON rule file gets no text and no diagnostics. */
  format(uri: string): FormatResult;
  /**
   * Compiles one rule of a document: the only one, or the one named `ruleName`. Errors inside
   * the rule, in the fragments it uses, or outside every declaration withhold the content.
   * Throws for a URI that was never added with `setDocument` (a mistake in the host).
   */
  compile(uri: string, ruleName?: string): CompileResult;
  /** Turns content JSON text (an array, or a `{name, content}` rule file) into `.idrs` text. */
  decompile(jsonText: string, options?: { name?: string; uri?: string }): DecompileResult;
  lintRules(): LintRuleInfo[];
}
