import type { Locale } from "../i18n/locale.js";
import { type MessageKey, translate } from "../i18n/translate.js";

/** Consecutive copies of one blank character at an end of a name. */
export interface BlankRun {
  character: string;
  count: number;
}

/** The blanks at the start and at the end of a name, in text order. */
export interface EdgeBlanks {
  leading: BlankRun[];
  trailing: BlankRun[];
}

// JavaScript's white space and line terminators, the set `String.prototype.trim` removes:
// ASCII blanks, U+00A0, U+3000, U+FEFF and the other Unicode space separators.
const leadingBlanks = /^\s+/u;
const trailingBlanks = /\s+$/u;

/** Returns the blank runs at both ends of `name`. An all-blank name has only leading ones. */
export function edgeBlanks(name: string): EdgeBlanks {
  const leading = leadingBlanks.exec(name)?.[0] ?? "";
  const rest = name.slice(leading.length);
  const trailing = trailingBlanks.exec(rest)?.[0] ?? "";
  return { leading: runsOf(leading), trailing: runsOf(trailing) };
}

function runsOf(blanks: string): BlankRun[] {
  const runs: BlankRun[] = [];
  for (const character of blanks) {
    const last = runs[runs.length - 1];
    if (last?.character === character) last.count++;
    else runs.push({ character, count: 1 });
  }
  return runs;
}

/** The message keys of one kind of blank: its name for one copy and for several. */
interface KindKeys {
  singular: MessageKey;
  plural: MessageKey;
}

const space: KindKeys = {
  singular: "lint.rule-name-whitespace.kind.space",
  plural: "lint.rule-name-whitespace.kinds.space",
};
const lineBreak: KindKeys = {
  singular: "lint.rule-name-whitespace.kind.line-break",
  plural: "lint.rule-name-whitespace.kinds.line-break",
};
const otherBlank: KindKeys = {
  singular: "lint.rule-name-whitespace.kind.other",
  plural: "lint.rule-name-whitespace.kinds.other",
};

/** The blanks people type or paste into names; others are named by their code point only. */
const kindKeys = new Map<string, KindKeys>([
  [" ", space],
  [
    "\t",
    {
      singular: "lint.rule-name-whitespace.kind.tab",
      plural: "lint.rule-name-whitespace.kinds.tab",
    },
  ],
  ["\n", lineBreak],
  ["\r", lineBreak],
  [
    "\u3000",
    {
      singular: "lint.rule-name-whitespace.kind.full-width-space",
      plural: "lint.rule-name-whitespace.kinds.full-width-space",
    },
  ],
  [
    "\u00a0",
    {
      singular: "lint.rule-name-whitespace.kind.no-break-space",
      plural: "lint.rule-name-whitespace.kinds.no-break-space",
    },
  ],
]);

/**
 * Names blank runs in the locale's words with their code points, such as "2 spaces
 * (U+0020), then a full-width space (U+3000)", so a message shows blanks that a listing
 * does not.
 */
export function describeBlankRuns(runs: readonly BlankRun[], locale: Locale): string {
  const parts = runs.map((run) => {
    const keys = kindKeys.get(run.character) ?? otherBlank;
    const codePoint = run.character.codePointAt(0) ?? 0;
    const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
    if (run.count === 1) {
      const kind = translate(locale, keys.singular);
      return translate(locale, "lint.rule-name-whitespace.blank.one", { kind, code });
    }
    const kinds = translate(locale, keys.plural);
    return translate(locale, "lint.rule-name-whitespace.blank.many", {
      count: run.count,
      kinds,
      code,
    });
  });
  return parts.join(translate(locale, "lint.rule-name-whitespace.blank.then"));
}
