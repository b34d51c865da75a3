import { describe, expect, it } from "vitest";
import { parseIdrs } from "../syntax/parse.js";
import { formatIdrs } from "./format.js";

function format(text: string): string | undefined {
  return formatIdrs(parseIdrs(text, { uri: "a.idrs", locale: "en" })).text;
}

/** Formats and checks that formatting the result changes nothing. */
function formatStable(text: string): string {
  const once = format(text);
  if (once === undefined) throw new Error("not formatted");
  expect(format(once)).toBe(once);
  return once;
}

describe("formatIdrs layout", () => {
  it("prints the canonical layout", () => {
    const messy = `rule   "XX人寿 终身寿险 双录质检"{description:"适用于个人终身寿险产品的销售过程双录";
        throughout :face_track,speech_to_text,
  step 1 "投保人身份核验":use   身份核验 ; step 2 "风险揭示" : "document_title_recognize", flip_action_recognize
  }
fragment 身份核验 "身份核验": id_card_recognize,;`;
    expect(formatStable(messy)).toBe(`rule "XX人寿 终身寿险 双录质检" {
  description: "适用于个人终身寿险产品的销售过程双录"
  throughout: face_track, speech_to_text
  step 1 "投保人身份核验": use 身份核验
  step 2 "风险揭示": document_title_recognize, flip_action_recognize
}

fragment 身份核验 "身份核验": id_card_recognize
`);
  });

  it("keeps quotes only where a name needs them", () => {
    expect(formatStable('rule "a" { step 0: "use", "a b", "ok", "x\\u0041" }')).toBe(
      'rule "a" {\n  step 0: "use", "a b", ok, xA\n}\n',
    );
  });

  it("prints empty lists and empty rules", () => {
    expect(formatStable('rule "a" { throughout: ; step 2: }')).toBe(
      'rule "a" {\n  throughout:\n  step 2:\n}\n',
    );
    expect(formatStable('rule "a" {}')).toBe('rule "a" {\n}\n');
    expect(formatStable("")).toBe("");
  });

  it("wraps lists wider than 100 columns", () => {
    // "  step 1: " is 10 columns; 45 Chinese characters take 90 more.
    const fits = `rule "a" { step 1: ${"字".repeat(45)} }`;
    expect(formatStable(fits)).toBe(`rule "a" {\n  step 1: ${"字".repeat(45)}\n}\n`);

    // One more item, ", a", makes 103 columns.
    const tooWide = `rule "a" { step 1: ${"字".repeat(45)}, a }`;
    expect(formatStable(tooWide)).toBe(
      `rule "a" {\n  step 1:\n    ${"字".repeat(45)},\n    a\n}\n`,
    );
  });

  it("wraps long fragment lists at the top level", () => {
    const names = Array.from({ length: 8 }, (_, index) => `document_title_recognize_${index}`);
    expect(formatStable(`fragment f: ${names.join(",")}`)).toBe(
      `fragment f:\n  ${names.join(",\n  ")}\n`,
    );
  });

  it("keeps at most one blank line between entries", () => {
    const text =
      'rule "a" {\n\n\n  step 1: a\n\n\n\n  step 2: b\n  step 3: c\n\n}\n\n\n\nrule "b" {\n}';
    expect(formatStable(text)).toBe(
      'rule "a" {\n  step 1: a\n\n  step 2: b\n  step 3: c\n}\n\nrule "b" {\n}\n',
    );
  });

  it("separates top-level declarations by one blank line", () => {
    expect(formatStable('fragment a: x\nfragment b: y\nrule "r" {\n}')).toBe(
      'fragment a: x\n\nfragment b: y\n\nrule "r" {\n}\n',
    );
  });

  it("keeps CRLF line breaks", () => {
    expect(formatStable('rule "a" {\r\n  step 1: a\r\n}\r\n')).toBe(
      'rule "a" {\r\n  step 1: a\r\n}\r\n',
    );
  });

  it("applies full-width punctuation fixes", () => {
    expect(formatStable("rule “a” ｛ step 1： x， y； ｝")).toBe('rule "a" {\n  step 1: x, y\n}\n');
  });

  it("refuses a document with syntax errors", () => {
    const document = parseIdrs('rule "a" { step 1 x }', { uri: "a.idrs", locale: "en" });
    const result = formatIdrs(document);
    expect(result.text).toBeUndefined();
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["syntax-error"]);
  });
});

describe("formatIdrs comments", () => {
  it("keeps own-line and end-of-line comments in place", () => {
    const text = `// file header

// about the rule
rule "a" { // after the brace
  // before step 1
  step 1: a // after step 1
  // before the closing brace
} // after the closing brace
// about f
fragment f: x // after f
// end of file`;
    expect(formatStable(text)).toBe(`// file header

// about the rule
rule "a" { // after the brace
  // before step 1
  step 1: a // after step 1
  // before the closing brace
} // after the closing brace

// about f
fragment f: x // after f

// end of file
`);
  });

  it("puts a list with comments inside on one item a line", () => {
    const text = `rule "a" {
  step 2: // checks
    a, // first
    // before b
    b,
    c
}`;
    expect(formatStable(text)).toBe(`rule "a" {
  step 2: // checks
    a, // first
    // before b
    b,
    c
}
`);
  });

  it("moves a comment inside an entry header before the entry", () => {
    const text = 'rule "a" {\n  step\n  // odd place\n  1: a\n}';
    expect(formatStable(text)).toBe('rule "a" {\n  // odd place\n  step 1: a\n}\n');
  });

  it("keeps a comment after the last item on the last line", () => {
    expect(formatStable('rule "a" {\n  step 1: a, b; // done\n}')).toBe(
      'rule "a" {\n  step 1: a, b // done\n}\n',
    );
  });

  it("keeps comments of an empty rule body and a comment-only file", () => {
    expect(formatStable('rule "a" {\n\n  // nothing yet\n\n}')).toBe(
      'rule "a" {\n  // nothing yet\n}\n',
    );
    expect(formatStable("// one\n\n\n// two  ")).toBe("// one\n\n// two  \n");
  });
});
