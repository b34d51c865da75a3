import { basename, resolve } from "node:path";
import { LineIndex, type LintRuleInfo, ruleDocsUrl, type TextRange } from "@idrs-rules/core";
import { errorReason } from "../cli/error-reason.js";
import { UsageError } from "../cli/errors.js";
import { ExitCode } from "../cli/exit-codes.js";
import { packageVersion } from "../cli/version.js";
import type { CommandContext } from "../command.js";
import { message } from "../i18n/index.js";
import { shouldColor } from "../reporters/ansi.js";
import { type ReporterName, reporters } from "../reporters/index.js";
import { hasPreferredFix } from "../reporters/positions.js";
import type { FileResult, LintResults, Summary } from "../reporters/types.js";
import { writeFileAtomic } from "../workspace/atomic-write.js";
import { configFileName } from "../workspace/config.js";
import {
  type DiscoverOptions,
  findTargetsAndProjectFiles,
  hasExtension,
  ruleFileExtensions,
} from "../workspace/discover.js";
import { displayPath } from "../workspace/paths.js";
import { addFiles, openProject, type Project } from "../workspace/project.js";
import { realPathOf } from "../workspace/real-paths.js";
import { checkTargets } from "./check-files.js";
import { fixTargets } from "./fix-files.js";

export interface LintOptions {
  paths: string[];
  config?: string;
  format: ReporterName;
  output?: string;
  maxWarnings?: number;
  quiet: boolean;
  fix: boolean;
  noColor: boolean;
  allowEmpty: boolean;
}

/**
 * Runs the `lint` command once its options are validated, and returns the exit code.
 * `commands/lint.ts` imports this module when the command runs.
 */
export async function runLint(context: CommandContext, options: LintOptions): Promise<number> {
  const project = await openProject(context, options.config, options.paths);
  const discover: DiscoverOptions = {
    cwd: context.cwd,
    root: project.root,
    config: project.config,
    extensions: ruleFileExtensions,
    allowEmpty: options.allowEmpty,
    suggestAllowEmpty: true,
    configPath: project.configPath,
    locale: context.locale,
    realPaths: project.realPaths,
  };
  const { targets, projectFiles } = await findTargetsAndProjectFiles(
    options.paths.length > 0 ? options.paths : ["."],
    discover,
  );

  // The whole project is read so that fragments and duplicate names resolve across files.
  const targetFiles = targets
    .filter((target) => target.kind === "file")
    .map((target) => target.path);
  if (options.output !== undefined) {
    const projectInputs = [...targetFiles, ...projectFiles];
    if (project.configPath !== undefined) projectInputs.push(project.configPath);
    rejectOutputOverInput(context, options.output, projectInputs);
  }
  // Targets first: a file also reached through a symbolic link is read under their path.
  // Without --fix nothing changes the files, so the clean ones need no document.
  await addFiles(project, [...targetFiles, ...projectFiles], { skipClean: !options.fix });

  const fixes = options.fix ? await fixTargets(context, project, targets) : undefined;
  const files = checkTargets(project, targets, context.cwd, context.locale);
  for (const file of files) {
    file.fixed = fixes?.fixed.get(file.path) ?? [];
    if (options.quiet)
      file.diagnostics = file.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  }

  const results = lintResults(context, project, files, options);
  const written = await writeReport(context, reporters[options.format](results), options.output);
  if (!written || fixes?.allWritten === false) return ExitCode.usage;

  const { errors, warnings } = results.summary;
  if (errors > 0) return ExitCode.findings;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    const text = message(context.locale, "lint.tooManyWarnings", {
      count: warnings,
      max: options.maxWarnings,
    });
    context.stderr.write(`${text}\n`);
    return ExitCode.findings;
  }
  return ExitCode.ok;
}

function lintResults(
  context: CommandContext,
  project: Project,
  files: FileResult[],
  options: LintOptions,
): LintResults {
  const rules: LintRuleInfo[] = project.services.lintRules();
  const registered = new Set(rules.map((rule) => rule.code));

  const lineIndexes = new Map<string, LineIndex>();
  const locate = (uri: string, range: TextRange) => {
    const document = project.services.getDocument(uri);
    if (document === undefined) return undefined;
    let lines = lineIndexes.get(uri);
    if (lines === undefined) {
      lines = new LineIndex(document.text);
      lineIndexes.set(uri, lines);
    }
    const start = lines.positionAt(range.start);
    const end = lines.positionAt(range.end);
    const region = {
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    };
    return { display: displayPath(context.cwd, uri), region };
  };

  return {
    files,
    rules,
    summary: summarize(files),
    locale: context.locale,
    cwd: context.cwd,
    toolVersion: packageVersion(),
    color: shouldColor({
      noColorFlag: options.noColor,
      env: context.env,
      isTTY: options.output === undefined && context.stdout.isTTY === true,
    }),
    docsUrl: (code) => (registered.has(code) ? ruleDocsUrl(code, context.locale) : undefined),
    locate,
  };
}

function summarize(files: readonly FileResult[]): Summary {
  const summary: Summary = {
    files: files.length,
    errors: 0,
    warnings: 0,
    infos: 0,
    fixable: 0,
    fixed: 0,
  };
  for (const file of files) {
    for (const diagnostic of file.diagnostics) {
      if (diagnostic.severity === "error") summary.errors++;
      else if (diagnostic.severity === "warning") summary.warnings++;
      else summary.infos++;
      if (hasPreferredFix(diagnostic)) summary.fixable++;
    }
    summary.fixed += file.fixed.reduce((total, item) => total + item.count, 0);
  }
  return summary;
}

/**
 * Writes the report to standard output or, atomically, to `--output` (creating its folder);
 * returns false when that failed.
 */
async function writeReport(
  context: CommandContext,
  report: string,
  output: string | undefined,
): Promise<boolean> {
  if (output === undefined) {
    context.stdout.write(report);
    return true;
  }
  try {
    await writeFileAtomic(resolve(context.cwd, output), report);
    return true;
  } catch (error) {
    const reason = errorReason(error, context.locale);
    context.stderr.write(
      `${message(context.locale, "output.writeFailed", { path: output, reason })}\n`,
    );
    return false;
  }
}

/**
 * Raises a usage error when `--output` names a rule file or the configuration: the report
 * would replace it. Any file named like a rule file counts, read or not, because a typo in
 * a CI script must not destroy a rule.
 */
function rejectOutputOverInput(
  context: CommandContext,
  output: string,
  inputs: readonly string[],
): void {
  const path = resolve(context.cwd, output);
  const real = realPathOf(path);
  const named = hasExtension(path, ruleFileExtensions) || basename(path) === configFileName;
  if (named || inputs.some((input) => realPathOf(input) === real))
    throw new UsageError(message(context.locale, "output.isInput", { path: output }));
}
