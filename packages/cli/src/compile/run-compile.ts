import { statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "../cli/errors.js";
import { ExitCode } from "../cli/exit-codes.js";
import type { CommandContext } from "../command.js";
import { message } from "../i18n/index.js";
import { fileProblems } from "../lint/file-diagnostics.js";
import { printDiagnostics } from "../reporters/short.js";
import {
  findProjectFiles,
  findTargets,
  hasExtension,
  ruleFileExtensions,
} from "../workspace/discover.js";
import { displayPath } from "../workspace/paths.js";
import { addFiles, openProject } from "../workspace/project.js";

export interface CompileOptions {
  file: string;
  rule?: string;
  pretty: boolean;
  config?: string;
}

/**
 * Runs the `compile` command. It prints the content JSON of one rule, exactly
 * `JSON.stringify` output and a newline (indented by two spaces with `--pretty`).
 * Diagnostics go to standard error, and nothing goes to standard output when the rule has
 * errors.
 */
export async function runCompile(
  context: CommandContext,
  options: CompileOptions,
): Promise<number> {
  const { locale } = context;
  const project = await openProject(context, options.config, [options.file]);
  const discover = {
    cwd: context.cwd,
    root: project.root,
    config: project.config,
    configPath: project.configPath,
    extensions: ruleFileExtensions,
    allowEmpty: false,
    locale,
  };
  const path = resolve(context.cwd, options.file);
  const display = displayPath(context.cwd, path);
  if (isFolder(path) && !isRuleFileName(path))
    throw new UsageError(message(locale, "compile.notFolder", { path: options.file }));
  const targets = await findTargets([options.file], discover);
  const target = targets[0];
  if (target === undefined || targets.length !== 1 || target.path !== path) {
    throw new UsageError(message(locale, "path.notRuleFile", { path: options.file }));
  }

  // Fragments may be declared in any file of the project.
  await addFiles(project, [...(await findProjectFiles(discover)), path]);
  const read = project.reads.get(path);
  const document = project.services.getDocument(path);
  if (target.kind !== "file" || document === undefined || read?.kind !== "text") {
    // A file that cannot be read is a finding (exit 1), as in lint; a missing path was a
    // usage error of findTargets already.
    const problem = fileProblems(target, read, locale, "off");
    printDiagnostics(context.stderr, problem.diagnostics, {
      locale,
      textOf: () => problem.text,
      displayOf: () => display,
    });
    context.stderr.write(`${message(locale, "compile.failed", { path: display })}\n`);
    return ExitCode.findings;
  }

  const names = document.rules.map((rule) => rule.name);
  const quoted = names.map((name) => JSON.stringify(name)).join(", ");
  if (options.rule !== undefined && !names.includes(options.rule)) {
    throw new UsageError(
      message(locale, "compile.ruleNotFound", { name: options.rule, path: display, names: quoted }),
    );
  }
  if (options.rule === undefined && names.length > 1) {
    throw new UsageError(
      message(locale, "compile.chooseRule", { path: display, count: names.length, names: quoted }),
    );
  }

  const result = project.services.compile(path, options.rule);
  printDiagnostics(context.stderr, result.diagnostics, {
    locale,
    textOf: (uri) => project.services.getDocument(uri)?.text,
    displayOf: (uri) => displayPath(context.cwd, uri),
  });

  const hasErrors = result.diagnostics.some((diagnostic) => diagnostic.severity === "error");
  if (result.content === undefined || hasErrors) {
    const key = names.length === 0 ? "compile.noRule" : "compile.failed";
    context.stderr.write(`${message(locale, key, { path: display })}\n`);
    return ExitCode.findings;
  }

  const json = options.pretty
    ? JSON.stringify(result.content, null, 2)
    : JSON.stringify(result.content);
  context.stdout.write(`${json}\n`);
  return ExitCode.ok;
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** A folder named like a rule file is reported as an unreadable rule file instead. */
function isRuleFileName(path: string): boolean {
  return hasExtension(path, ruleFileExtensions);
}
