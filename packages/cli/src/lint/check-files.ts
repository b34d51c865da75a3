import { type Diagnostic, LineIndex, type Locale } from "@idrs-rules/core";
import type { FileResult } from "../reporters/types.js";
import { compareText, type Target } from "../workspace/discover.js";
import { displayPath } from "../workspace/paths.js";
import type { Project } from "../workspace/project.js";
import { fileProblems } from "./file-diagnostics.js";
import { bomSetting } from "./settings.js";

/**
 * Checks each target in the context of the whole project and returns one result per
 * target, in target order. A file that cannot be read gets its own error and the others
 * go on.
 */
export function checkTargets(
  project: Project,
  targets: readonly Target[],
  cwd: string,
  locale: Locale,
): FileResult[] {
  return targets.map((target) => {
    const read = project.reads.get(target.path);
    // Matching the configuration's overrides costs time; only a byte order mark needs it.
    const bom =
      read?.kind === "text" && read.hasBom
        ? bomSetting(project.config, project.root, target.path)
        : "off";
    const problems = fileProblems(target, read, locale, bom);
    const all = [...problems.diagnostics];
    if (target.kind === "file" && read?.kind === "text" && !project.cleanFiles.has(target.path))
      // A loop, not `push(...)`: a file can have more findings than a call takes arguments.
      for (const diagnostic of project.services.check(target.path)) all.push(diagnostic);
    all.sort(byPosition);

    const text = problems.text;
    let lines: LineIndex | undefined;
    return {
      path: target.path,
      display: displayPath(cwd, target.path),
      text,
      readable: text !== undefined || read?.kind === "clean",
      // Built on first use: reporters need it only for files with findings, so a clean
      // file never pays for scanning its text again.
      get lines() {
        if (lines === undefined && text !== undefined) lines = new LineIndex(text);
        return lines;
      },
      diagnostics: all.filter((diagnostic) => !diagnostic.suppressed),
      suppressed: all.filter((diagnostic) => diagnostic.suppressed === true),
      fixed: [],
    };
  });
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start - b.range.start || a.range.end - b.range.end || compareText(a.code, b.code);
}
