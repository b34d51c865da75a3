import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntaxMessages } from "../i18n/en/syntax.js";
import type { RuleDocument } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import { parseIdrs } from "./parse.js";

const validFile = `// 终身寿险销售双录质检
rule "XX人寿 终身寿险 双录质检" {
  description: "适用于个人终身寿险产品的销售过程双录"
  throughout: face_track, speech_to_text
  step 1 "投保人身份核验": use 身份核验
  step 2 "风险揭示": document_title_recognize, "flip action", sign_action_recognize;
  step 3 "投保人签名": sign_recognize,
}

fragment 身份核验 "身份核验": id_card_recognize, use 其他
fragment 其他: "a\\"b"
`;

/** Characters and words that matter to the lexer and the parser. */
const interesting = [
  "{",
  "}",
  ":",
  ",",
  ";",
  '"',
  "“",
  "”",
  "｛",
  "｝",
  "：",
  "，",
  "；",
  "\\",
  "\n",
  "\r",
  " ",
  "\u3000",
  "/",
  "//",
  "rule",
  "step",
  "use",
  "fragment",
  "throughout",
  "description",
  "1",
  "0",
  "a",
  "身份",
  "\ufeff",
  "😀",
  "\ud800",
  "@",
];

const edit = fc.record({
  position: fc.nat(),
  deleteCount: fc.nat({ max: 8 }),
  insert: fc
    .array(fc.constantFrom(...interesting), { maxLength: 4 })
    .map((parts) => parts.join("")),
});

function mutate(
  text: string,
  edits: Array<{ position: number; deleteCount: number; insert: string }>,
): string {
  let result = text;
  for (const { position, deleteCount, insert } of edits) {
    const at = position % (result.length + 1);
    result = result.slice(0, at) + insert + result.slice(at + deleteCount);
  }
  return result;
}

function isWithin(range: TextRange, length: number): boolean {
  return (
    Number.isInteger(range.start) &&
    range.start >= 0 &&
    range.start <= range.end &&
    range.end <= length
  );
}

/** Collects every range of the document: nodes, comments and diagnostics. */
function allRanges(document: RuleDocument): TextRange[] {
  const ranges: TextRange[] = [];
  for (const rule of document.rules) {
    ranges.push(rule.range, rule.nameRange);
    if (rule.description) ranges.push(rule.description.range);
    for (const step of rule.steps) {
      ranges.push(step.range, step.sequenceRange, ...step.items.map((item) => item.range));
      if (step.title) ranges.push(step.title.range);
    }
  }
  for (const fragment of document.fragments) {
    ranges.push(fragment.range, fragment.nameRange, ...fragment.items.map((item) => item.range));
    if (fragment.title) ranges.push(fragment.title.range);
  }
  ranges.push(...document.comments.map((comment) => comment.range));
  ranges.push(...document.parseDiagnostics.map((diagnostic) => diagnostic.range));
  return ranges;
}

// The placeholders of the syntax messages. Quoted user text may contain braces, such as
// `"{a}”`, so only these names count as a placeholder left unfilled.
const placeholderNames = new Set(
  Object.values(syntaxMessages).flatMap((message) =>
    [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]),
  ),
);
const unfilledPlaceholder = new RegExp(`\\{(${[...placeholderNames].join("|")})\\}`);

function checkDocument(text: string): void {
  for (const locale of ["en", "zh-CN"] as const) {
    const document = parseIdrs(text, { uri: "a.idrs", locale });
    for (const range of allRanges(document))
      expect(isWithin(range, text.length), JSON.stringify(range)).toBe(true);
    for (const diagnostic of document.parseDiagnostics) {
      expect(["syntax-error", "full-width-punctuation"]).toContain(diagnostic.code);
      expect(diagnostic.message.length).toBeGreaterThan(0);
      expect(diagnostic.message).not.toMatch(unfilledPlaceholder);
    }
  }
}

describe("parseIdrs on any input", () => {
  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => checkDocument(text)),
      { numRuns: 300 },
    );
  });

  it("never throws on text made of language pieces", () => {
    const pieces = fc
      .array(fc.constantFrom(...interesting), { maxLength: 60 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(pieces, (text) => checkDocument(text)),
      { numRuns: 500 },
    );
  });

  it("never throws on mutated valid files", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) =>
        checkDocument(mutate(validFile, edits)),
      ),
      { numRuns: 500 },
    );
  });
});
