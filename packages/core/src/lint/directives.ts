import type { CommentNode } from "../model/model.js";
import type { LineIndex, TextRange } from "../text/range.js";

export type DirectiveKind = "disable-next-line" | "disable" | "enable";

/** One inline directive comment, as written in a `.idrs` file. */
export interface Directive {
  kind: DirectiveKind;
  /** Codes named by the directive; empty means every code. */
  codes: string[];
  /** The directive without `//` and without a `-- reason`, for messages. */
  text: string;
  range: TextRange;
}

const directivePattern =
  /^[ \t\u3000]*idrs-(disable-next-line|disable|enable)(?=$|[ \t\u3000])(.*)$/su;

/**
 * Reads a directive from a line comment: `idrs-disable-next-line CODE, CODE`,
 * `idrs-disable [CODE, ...]` or `idrs-enable [CODE, ...]`, optionally followed by
 * `-- reason`. Returns undefined for every other comment.
 */
export function parseDirective(comment: CommentNode): Directive | undefined {
  const match = directivePattern.exec(comment.text);
  if (!match) return undefined;

  const kind = match[1] as DirectiveKind;
  const rest = (match[2] ?? "").split("--")[0] ?? "";
  const codes = rest
    .split(/[\s,\u3000，]+/u)
    .map((code) => code.trim())
    .filter((code) => code !== "");
  const text = [`idrs-${kind}`, codes.join(", ")].filter((part) => part !== "").join(" ");
  return { kind, codes, text, range: comment.range };
}

/** Reads every directive among a document's comments, in text order. */
export function parseDirectives(comments: readonly CommentNode[]): Directive[] {
  return comments.flatMap((comment) => {
    const directive = parseDirective(comment);
    return directive ? [directive] : [];
  });
}

/** A span of text where a directive silences some codes (every code when `codes` is empty). */
export interface SuppressionRegion {
  directive: Directive;
  codes: string[];
  range: TextRange;
}

/**
 * Turns directives into regions. A next-line directive covers the next line and, when an
 * entry (a step or a fragment, from `entries`) starts on that line, every line of that
 * entry, so a formatter that wraps an item list onto several lines never changes what the
 * directive covers. A disable directive runs to the enable that names its code.
 */
export function buildRegions(
  directives: Directive[],
  text: string,
  lines: LineIndex,
  entries: readonly TextRange[] = [],
): { regions: SuppressionRegion[]; unmatchedEnables: Directive[] } {
  const regions: SuppressionRegion[] = [];
  const unmatchedEnables: Directive[] = [];
  const open: SuppressionRegion[] = [];

  for (const directive of directives) {
    if (directive.kind === "disable-next-line") {
      const line = lines.positionAt(directive.range.start).line + 1;
      const start = lines.offsetAt({ line, character: 0 });
      const lineEnd = start + lines.lineText(line).length;
      const end = entries
        .filter((entry) => entry.start >= start && entry.start <= lineEnd)
        .reduce((last, entry) => Math.max(last, entry.end), lineEnd);
      if (line < lines.lineCount)
        regions.push({ directive, codes: directive.codes, range: { start, end } });
    } else if (directive.kind === "disable") {
      open.push({
        directive,
        codes: directive.codes,
        range: { start: directive.range.end, end: text.length },
      });
    } else {
      // An enable without codes ends every open region. An enable naming codes ends only
      // those codes: a region disabling others stays open for them. NOTE: it also ends a
      // region that disables every code, because a region cannot express "all but these".
      const ended = open.filter(
        (region) =>
          directive.codes.length === 0 ||
          region.codes.some((code) => directive.codes.includes(code)) ||
          region.codes.length === 0,
      );
      if (ended.length === 0) unmatchedEnables.push(directive);
      for (const region of ended) {
        const range = { start: region.range.start, end: directive.range.start };
        const stillDisabled =
          directive.codes.length === 0
            ? []
            : region.codes.filter((code) => !directive.codes.includes(code));
        if (stillDisabled.length === 0) {
          region.range = range;
          open.splice(open.indexOf(region), 1);
          regions.push(region);
          continue;
        }
        const endedCodes = region.codes.filter((code) => directive.codes.includes(code));
        region.codes = stillDisabled;
        regions.push({ directive: region.directive, codes: endedCodes, range });
      }
    }
  }
  regions.push(...open);
  return { regions, unmatchedEnables };
}
