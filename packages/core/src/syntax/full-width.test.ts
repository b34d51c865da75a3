import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostics.js";
import type { RuleDocument } from "../model/model.js";
import { parseIdrs } from "./parse.js";

function parse(text: string, locale: "en" | "zh-CN" = "en"): RuleDocument {
  return parseIdrs(text, { uri: "a.idrs", locale });
}

/** Applies the preferred fix of every diagnostic (edits do not overlap). */
function applyFixes(text: string, diagnostics: Diagnostic[]): string {
  const edits = diagnostics
    .flatMap((diagnostic) => diagnostic.fixes.filter((fix) => fix.isPreferred))
    .flatMap((fix) => fix.edits)
    .sort((a, b) => b.range.start - a.range.start);
  let result = text;
  for (const edit of edits) {
    result = result.slice(0, edit.range.start) + edit.newText + result.slice(edit.range.end);
  }
  return result;
}

const typedWithInputMethod = `rule “XX人寿” ｛
  description： “适用于个人终身寿险”；
  throughout： face_track， speech_to_text
  step 1 “投保人身份核验”： use 身份核验；
｝

fragment 身份核验： id_card_recognize；
`;

describe("full-width punctuation", () => {
  it("is read as half-width, one diagnostic per character", () => {
    const document = parse(typedWithInputMethod);
    const diagnostics = document.parseDiagnostics;
    expect(
      diagnostics.every((d) => d.code === "full-width-punctuation" && d.severity === "error"),
    ).toBe(true);
    expect(
      diagnostics.map((d) => typedWithInputMethod.slice(d.range.start, d.range.end)).join(""),
    ).toBe("“”｛：“”；：，“”：；｝：；");
    expect(document.rules[0]?.steps.map((step) => step.items.length)).toEqual([2, 1]);
    expect(document.rules[0]?.description?.value).toBe("适用于个人终身寿险");
  });

  it("has preferred fixes that give the same model without diagnostics", () => {
    const document = parse(typedWithInputMethod);
    const fixed = applyFixes(typedWithInputMethod, document.parseDiagnostics);
    const reparsed = parse(fixed);
    expect(reparsed.parseDiagnostics).toEqual([]);
    expect(reparsed.rules).toEqual(document.rules);
    expect(reparsed.fragments).toEqual(document.fragments);
    expect(fixed).toContain('rule "XX人寿" {');
  });

  it("titles fixes in the caller's language", () => {
    const [en] = parse('rule "a" ｛ }').parseDiagnostics;
    const [zh] = parse('rule "a" ｛ }', "zh-CN").parseDiagnostics;
    expect(en?.fixes.map((fix) => [fix.title, fix.edits[0]?.newText])).toEqual([
      ["Replace full-width ｛ with {", "{"],
    ]);
    expect(zh?.fixes[0]?.title).toBe("将全角 ｛ 改为 {");
    expect(zh?.message).toMatch(/全角/);
  });

  it("is ordinary text inside strings", () => {
    expect(parse('rule "投保人：张三，被保险人；李四｛｝" { }').parseDiagnostics).toEqual([]);
  });

  it("reports only the full-width quote of a mixed pair", () => {
    const text = 'rule "标题” { }';
    const document = parse(text);
    expect(document.parseDiagnostics.map((d) => [d.code, d.range.start])).toEqual([
      ["full-width-punctuation", 8],
    ]);
    expect(document.rules[0]?.name).toBe("标题");
  });

  it("reads reversed curly quotes as a string", () => {
    const text = 'rule "R" {\n  step 1 \u201d反引号\u201c: sign_recognize\n}';
    const document = parse(text);
    const open = text.indexOf("\u201d");
    const close = text.indexOf("\u201c");
    expect(document.parseDiagnostics.map((d) => [d.code, d.range.start])).toEqual([
      ["full-width-punctuation", open],
      ["full-width-punctuation", close],
    ]);
    expect(document.rules[0]?.steps[0]?.title?.value).toBe("反引号");
    expect(applyFixes(text, document.parseDiagnostics)).toBe(
      'rule "R" {\n  step 1 "反引号": sign_recognize\n}',
    );
  });

  it("never reports the ideographic space", () => {
    expect(parse('rule\u3000"a"\u3000{\u3000step\u30001:\u3000a\u3000}').parseDiagnostics).toEqual(
      [],
    );
  });

  it("inside text skipped by recovery is part of that one error", () => {
    const text = 'rule "a" {\n  oops ：a，b\n  step 1: c\n}';
    const document = parse(text);
    expect(
      document.parseDiagnostics.map((d) => [d.code, text.slice(d.range.start, d.range.end)]),
    ).toEqual([["syntax-error", "oops"]]);
  });
});
