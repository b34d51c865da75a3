import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Locale } from "@idrs-rules/core";
import { errorReason } from "../cli/error-reason.js";
import { UsageError } from "../cli/errors.js";
import { ExitCode } from "../cli/exit-codes.js";
import type { CommandContext } from "../command.js";
import { countMessage, message } from "../i18n/index.js";
import { fileProblems } from "../lint/file-diagnostics.js";
import { printDiagnostics } from "../reporters/short.js";
import { writeFileAtomic } from "../workspace/atomic-write.js";
import { findTargets, type Target } from "../workspace/discover.js";
import { displayPath } from "../workspace/paths.js";
import { addFiles, openProject, type Project } from "../workspace/project.js";

export interface FmtOptions {
  paths: string[];
  check: boolean;
  write: boolean;
  config?: string;
}

type Outcome = { kind: "formatted"; text: string; changed: boolean } | { kind: "failed" };

/** Runs the `fmt` command (print one file, or check or rewrite many) and returns the exit code. */
export async function runFmt(context: CommandContext, options: FmtOptions): Promise<number> {
  const { locale } = context;
  if (options.check && options.write) throw new UsageError(message(locale, "fmt.bothModes"));

  rejectNonIdrsFiles(context, options.paths);
  const project = await openProject(context, options.config, options.paths);
  const targets = await findTargets(options.paths.length > 0 ? options.paths : ["."], {
    cwd: context.cwd,
    root: project.root,
    config: project.config,
    configPath: project.configPath,
    extensions: [".idrs"],
    allowEmpty: false,
    locale,
  });
  const printOne = !options.check && !options.write;
  if (printOne && targets.length !== 1)
    throw new UsageError(message(locale, "fmt.needsOneFile", { count: targets.length }));
  await addFiles(
    project,
    targets.filter((target) => target.kind === "file").map((target) => target.path),
  );

  let failed = 0;
  let changed = 0;
  let writeFailed = false;
  for (const target of targets) {
    const outcome = formatTarget(context, project, target);
    const display = displayPath(context.cwd, target.path);
    if (outcome.kind === "failed") {
      failed++;
      continue;
    }

    if (printOne) context.stdout.write(outcome.text);
    if (!outcome.changed) continue;
    changed++;
    if (options.check) context.stdout.write(`${display}\n`);
    if (options.write)
      writeFailed =
        !(await writeFormatted(context, target.path, display, outcome.text)) || writeFailed;
  }

  printSummary(context, options, { formatted: targets.length - failed, changed, failed }, locale);
  if (writeFailed) return ExitCode.usage;
  if (failed > 0 || (options.check && changed > 0)) return ExitCode.findings;
  return ExitCode.ok;
}

/** Formats one file; a file that cannot be read or has syntax errors gets messages on standard error. */
function formatTarget(context: CommandContext, project: Project, target: Target): Outcome {
  const display = displayPath(context.cwd, target.path);
  const read = project.reads.get(target.path);
  if (target.kind !== "file" || read?.kind !== "text") {
    const problem = fileProblems(target, read, context.locale, "off").diagnostics[0];
    context.stderr.write(
      `${message(context.locale, "fmt.unreadable", { path: display, reason: problem?.message ?? "" })}\n`,
    );
    return { kind: "failed" };
  }

  const result = project.services.format(target.path);
  if (result.text === undefined) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    printDiagnostics(context.stderr, errors, {
      locale: context.locale,
      textOf: (uri) => project.services.getDocument(uri)?.text,
      displayOf: (uri) => displayPath(context.cwd, uri),
    });
    context.stderr.write(`${message(context.locale, "fmt.syntaxErrors", { path: display })}\n`);
    return { kind: "failed" };
  }

  // The canonical layout has no byte order mark, whether or not the formatter kept one.
  const text = result.text.charCodeAt(0) === 0xfeff ? result.text.slice(1) : result.text;
  return { kind: "formatted", text, changed: text !== read.text };
}

async function writeFormatted(
  context: CommandContext,
  path: string,
  display: string,
  text: string,
): Promise<boolean> {
  try {
    await writeFileAtomic(path, text);
    context.stdout.write(`${display}\n`);
    return true;
  } catch (error) {
    const reason = errorReason(error, context.locale);
    context.stderr.write(
      `${message(context.locale, "output.writeFailed", { path: display, reason })}\n`,
    );
    return false;
  }
}

/** Raises a usage error for a file named on the command line that is not `.idrs`, such as `.rule.json`. */
function rejectNonIdrsFiles(context: CommandContext, paths: readonly string[]): void {
  for (const path of paths) {
    if (!path.endsWith(".idrs") && isFile(resolve(context.cwd, path)))
      throw new UsageError(message(context.locale, "fmt.notIdrs", { path }));
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Prints the count line on standard error. The ✔ line is only for a run where every file
 * was formatted; files that could not be formatted are counted on a ✖ line.
 */
function printSummary(
  context: CommandContext,
  options: FmtOptions,
  counts: { formatted: number; changed: number; failed: number },
  locale: Locale,
): void {
  const { formatted, changed, failed } = counts;
  if (failed > 0 && (options.check || options.write)) {
    const key = options.check ? "fmt.checkFailed" : "fmt.writeFailed";
    const args = { formatted: formatted - changed, changed, unchanged: formatted - changed };
    context.stderr.write(`${countMessage(locale, key, failed, args)}\n`);
  } else if (options.check) {
    const text =
      changed > 0
        ? countMessage(locale, "fmt.wouldChange", changed)
        : countMessage(locale, "fmt.allFormatted", formatted);
    context.stderr.write(`${text}\n`);
  } else if (options.write) {
    context.stderr.write(
      `${countMessage(locale, "fmt.wrote", changed, { unchanged: formatted - changed })}\n`,
    );
  }
}
