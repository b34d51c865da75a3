import { basename, resolve } from "node:path";
import { createLanguageServices } from "@idrs-rules/core";
import { errorReason } from "../cli/error-reason.js";
import { UsageError } from "../cli/errors.js";
import { ExitCode } from "../cli/exit-codes.js";
import type { CommandContext } from "../command.js";
import { message } from "../i18n/index.js";
import { fileProblems } from "../lint/file-diagnostics.js";
import { printDiagnostics } from "../reporters/short.js";
import { writeFileAtomic } from "../workspace/atomic-write.js";
import { stderrLogger } from "../workspace/node-file-system.js";
import { displayPath } from "../workspace/paths.js";
import { readRuleFile } from "../workspace/read-file.js";

export interface DecompileOptions {
  file: string;
  name?: string;
  output?: string;
  force: boolean;
}

/** Runs the `decompile` command: content JSON or a `.rule.json` file to formatted `.idrs` text. */
export async function runDecompile(
  context: CommandContext,
  options: DecompileOptions,
): Promise<number> {
  const { locale } = context;
  const path = resolve(context.cwd, options.file);
  const display = displayPath(context.cwd, path);
  // An .idrs file contains what decompile produces; it is not valid JSON, and the parser's
  // complaint about it would not say that the command is the wrong one.
  if (path.endsWith(".idrs"))
    throw new UsageError(message(locale, "decompile.isIdrs", { path: options.file }));

  const read = await readRuleFile(path);
  if (read.kind === "unreadable" && read.errorCode === "ENOENT") {
    throw new UsageError(message(locale, "path.notFound", { path: options.file }));
  }
  if (read.kind !== "text") {
    // A file that cannot be read is a finding (exit 1), as in lint.
    const problem = fileProblems({ path, kind: "file" }, read, locale, "off");
    printDiagnostics(context.stderr, problem.diagnostics, {
      locale,
      textOf: () => problem.text,
      displayOf: () => display,
    });
    context.stderr.write(`${message(locale, "decompile.failed", { path: display })}\n`);
    return ExitCode.findings;
  }

  const text = read.hasBom ? read.text.slice(1) : read.text;
  const services = createLanguageServices({
    locale,
    logger: stderrLogger(context.stderr, context.env),
  });
  const result = services.decompile(text, { name: options.name ?? defaultName(path), uri: path });
  printDiagnostics(context.stderr, result.diagnostics, {
    locale,
    textOf: () => text,
    displayOf: () => display,
  });

  const hasErrors = result.diagnostics.some((diagnostic) => diagnostic.severity === "error");
  if (result.text === undefined || hasErrors) {
    context.stderr.write(`${message(locale, "decompile.failed", { path: display })}\n`);
    return ExitCode.findings;
  }

  if (options.output === undefined) {
    context.stdout.write(result.text);
    return ExitCode.ok;
  }
  return writeOutput(context, options, result.text);
}

async function writeOutput(
  context: CommandContext,
  options: DecompileOptions,
  text: string,
): Promise<number> {
  const output = options.output as string;
  try {
    await writeFileAtomic(resolve(context.cwd, output), text, { exclusive: !options.force });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST")
      throw new UsageError(message(context.locale, "output.exists", { path: output }));
    const reason = errorReason(error, context.locale);
    context.stderr.write(
      `${message(context.locale, "output.writeFailed", { path: output, reason })}\n`,
    );
    return ExitCode.usage;
  }
  context.stderr.write(`${message(context.locale, "decompile.wrote", { path: output })}\n`);
  return ExitCode.ok;
}

/**
 * Returns the rule name for bare content: the file name without `.rule.json` or its last
 * extension. A `.rule.json` file's own `name` takes precedence inside the engine.
 */
function defaultName(path: string): string {
  const name = basename(path);
  if (name.endsWith(".rule.json")) return name.slice(0, -".rule.json".length);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}
