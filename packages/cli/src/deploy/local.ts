import { relative, sep } from "node:path";
import { createLanguageServices, type Diagnostic, LineIndex, type Locale } from "@idrs-rules/core";
import { nodeFileSystem } from "../workspace/node-file-system.js";
import { contentHash } from "./hash.js";
import { lockKey } from "./lock.js";
import type { DeploySettings } from "./settings.js";
import type { LocalRule } from "./types.js";

/** An error-level problem of a rule file, with its position already in line/column form. */
export interface LocalProblem {
  file: string;
  line: number;
  column: number;
  code: string;
  message: string;
}

/** Location of a rule in the repository, for pull to update it in place. */
export interface LocalSource {
  key: string;
  file: string;
  uri: string;
  name: string;
  kind: "idrs" | "json";
  /** The rule's span in `text`, in UTF-16 offsets. */
  range: { start: number; end: number };
  text: string;
  /** Rules and fragments in the same file: the whole file may be rewritten only when alone. */
  ruleCount: number;
  fragmentCount: number;
  /** The compiled rule; absent when the file or rule has errors. */
  rule?: LocalRule;
}

export interface LocalRepository {
  rules: LocalRule[];
  sources: LocalSource[];
  /** Number of rule files read. */
  fileCount: number;
  /** Errors that stop a deployment: nothing is planned while one remains. */
  problems: LocalProblem[];
}

/**
 * Reads and compiles every rule file under the rules folder, with the same engine and
 * configuration as `lint`. Warnings do not stop a deployment; errors do.
 */
export async function compileRepository(
  settings: DeploySettings,
  locale: Locale,
): Promise<LocalRepository> {
  const services = createLanguageServices({
    locale,
    config: settings.config,
    fileSystem: nodeFileSystem,
  });
  const documents = await services.loadFolder(settings.rulesDir);
  const rules: LocalRule[] = [];
  const sources: LocalSource[] = [];
  const problems: LocalProblem[] = [];
  const fileOf = (uri: string) => relative(settings.root, uri).split(sep).join("/");

  for (const document of documents) {
    const file = fileOf(document.uri);
    const errors = services.check(document.uri).filter(isBlocking);
    for (const error of errors) problems.push(toProblem(error, file, document.text));

    for (const rule of document.rules) {
      const source: LocalSource = {
        key: lockKey(file, rule.name),
        file,
        uri: document.uri,
        name: rule.name,
        kind: document.kind,
        range: rule.range,
        text: document.text,
        ruleCount: document.rules.length,
        fragmentCount: document.fragments.length,
      };
      sources.push(source);
      if (errors.length > 0) continue;

      const compiled = services.compile(document.uri, rule.name);
      const compileErrors = compiled.diagnostics.filter(isBlocking);
      if (compiled.json === undefined || compileErrors.length > 0) {
        for (const error of compileErrors) problems.push(toProblem(error, file, document.text));
        continue;
      }
      source.rule = {
        key: source.key,
        file,
        name: rule.name,
        json: compiled.json,
        hash: contentHash(compiled.json),
      };
      rules.push(source.rule);
    }
  }

  return { rules, sources, fileCount: documents.length, problems };
}

function isBlocking(diagnostic: Diagnostic): boolean {
  return diagnostic.severity === "error" && diagnostic.suppressed !== true;
}

function toProblem(diagnostic: Diagnostic, file: string, text: string): LocalProblem {
  const position = new LineIndex(text).positionAt(diagnostic.range.start);
  return {
    file,
    line: position.line + 1,
    column: position.character + 1,
    code: diagnostic.code,
    message: diagnostic.message,
  };
}
