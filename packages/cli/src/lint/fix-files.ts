import type { Diagnostic, Locale } from "@idrs-rules/core";
import { errorReason } from "../cli/error-reason.js";
import type { CommandContext } from "../command.js";
import { message } from "../i18n/index.js";
import { writeFileAtomic } from "../workspace/atomic-write.js";
import type { Target } from "../workspace/discover.js";
import { displayPath } from "../workspace/paths.js";
import type { Project } from "../workspace/project.js";
import { applyPreferredFixes } from "./apply-fixes.js";
import { bomDiagnostic } from "./file-diagnostics.js";
import { bomSetting } from "./settings.js";

/** Upper bound of fix-and-recheck rounds per file; a fix that keeps producing fixes stops here. */
const maxPasses = 10;

export interface FixOutcome {
  /** Fixed problems per file (absolute path), by code. */
  fixed: Map<string, Array<{ code: string; count: number }>>;
  /** False when a fixed file could not be written (its message is already printed). */
  allWritten: boolean;
}

/**
 * Applies preferred fixes to every readable target, re-checking after each round, and
 * writes the changed files atomically. The project's documents are updated, so the check
 * that follows runs on the fixed text.
 */
export async function fixTargets(
  context: CommandContext,
  project: Project,
  targets: readonly Target[],
): Promise<FixOutcome> {
  const outcome: FixOutcome = { fixed: new Map(), allWritten: true };

  for (const target of targets) {
    const read = project.reads.get(target.path);
    if (target.kind !== "file" || read?.kind !== "text") continue;

    const counts = new Map<string, number>();
    let text = read.text;
    for (let pass = 1; pass <= maxPasses; pass++) {
      const { text: next, applied } = applyPreferredFixes(
        text,
        fixableDiagnostics(project, target.path, text, context.locale),
      );
      if (applied.length === 0) break;
      for (const diagnostic of applied)
        counts.set(diagnostic.code, (counts.get(diagnostic.code) ?? 0) + 1);
      text = next;
      project.services.setDocument(target.path, text, pass);
    }
    if (text === read.text) continue;

    try {
      await writeFileAtomic(target.path, text);
    } catch (error) {
      // Keep checking what is on disk, since the fixed text was not saved.
      project.services.setDocument(target.path, read.text, 0);
      const reason = errorReason(error, context.locale);
      context.stderr.write(
        `${message(context.locale, "output.writeFailed", { path: target.path, reason })}\n`,
      );
      outcome.allWritten = false;
      continue;
    }

    project.reads.set(target.path, { kind: "text", text, hasBom: text.charCodeAt(0) === 0xfeff });
    const fixed = [...counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, count]) => ({ code, count }));
    outcome.fixed.set(target.path, fixed);
    printFixed(context, target.path, fixed, context.locale);
  }
  return outcome;
}

function fixableDiagnostics(
  project: Project,
  path: string,
  text: string,
  locale: Locale,
): Diagnostic[] {
  const diagnostics = project.services.check(path);
  const setting = bomSetting(project.config, project.root, path);
  if (text.charCodeAt(0) === 0xfeff && setting !== "off")
    diagnostics.push(bomDiagnostic(path, locale, setting));
  return diagnostics;
}

function printFixed(
  context: CommandContext,
  path: string,
  fixed: Array<{ code: string; count: number }>,
  locale: Locale,
): void {
  const total = fixed.reduce((sum, item) => sum + item.count, 0);
  const codes = fixed
    .map((item) => (item.count > 1 ? `${item.code} ×${item.count}` : item.code))
    .join(", ");
  const key = total === 1 ? "lint.fixed.one" : "lint.fixed.other";
  const text = message(locale, key, { count: total, path: displayPath(context.cwd, path), codes });
  context.stderr.write(`${text}\n`);
}
