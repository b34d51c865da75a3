import { describe, expect, it } from "vitest";
import type { TextRange } from "../text/range.js";
import { parseIdrs } from "./parse.js";

const example = `// 终身寿险销售双录质检
rule "XX人寿 终身寿险 双录质检" {
  description: "适用于个人终身寿险产品的销售过程双录"
  throughout: face_track, speech_to_text
  step 1 "投保人身份核验": use 身份核验
  step 2 "风险揭示": document_title_recognize, flip_action_recognize, sign_action_recognize
  step 3 "投保人签名": sign_recognize
}

fragment 身份核验 "身份核验": id_card_recognize
`;

function parse(text: string) {
  return parseIdrs(text, { uri: "file:///rules/a.idrs", locale: "en" });
}

function slice(text: string, range: TextRange): string {
  return text.slice(range.start, range.end);
}

describe("parseIdrs", () => {
  it("reads the language example into the model", () => {
    const document = parse(example);
    expect(document.parseDiagnostics).toEqual([]);
    expect(document.kind).toBe("idrs");
    expect(document.uri).toBe("file:///rules/a.idrs");
    expect(document.version).toBe(0);
    expect(document.text).toBe(example);

    const [rule] = document.rules;
    expect(rule?.name).toBe("XX人寿 终身寿险 双录质检");
    expect(rule?.description?.value).toBe("适用于个人终身寿险产品的销售过程双录");
    expect(
      rule?.steps.map((step) => ({
        sequence: step.sequence,
        form: step.form,
        title: step.title?.value,
        items: step.items.map((item) =>
          item.type === "action" ? item.name : `use ${item.fragment}`,
        ),
      })),
    ).toEqual([
      {
        sequence: 0,
        form: "throughout",
        title: undefined,
        items: ["face_track", "speech_to_text"],
      },
      { sequence: 1, form: "step", title: "投保人身份核验", items: ["use 身份核验"] },
      {
        sequence: 2,
        form: "step",
        title: "风险揭示",
        items: ["document_title_recognize", "flip_action_recognize", "sign_action_recognize"],
      },
      { sequence: 3, form: "step", title: "投保人签名", items: ["sign_recognize"] },
    ]);

    const [fragment] = document.fragments;
    expect(fragment?.name).toBe("身份核验");
    expect(fragment?.title?.value).toBe("身份核验");
    expect(fragment?.items).toEqual([
      { type: "action", name: "id_card_recognize", range: expect.any(Object) },
    ]);
  });

  it("gives every node the range of its text", () => {
    const document = parse(example);
    const rule = document.rules[0];
    if (!rule) throw new Error("no rule");
    expect(slice(example, rule.range)).toMatch(/^rule "XX人寿 [\s\S]*\n}$/);
    expect(slice(example, rule.nameRange)).toBe('"XX人寿 终身寿险 双录质检"');
    expect(slice(example, rule.description?.range ?? { start: 0, end: 0 })).toBe(
      '"适用于个人终身寿险产品的销售过程双录"',
    );
    expect(rule.steps.map((step) => slice(example, step.range))).toEqual([
      "throughout: face_track, speech_to_text",
      'step 1 "投保人身份核验": use 身份核验',
      'step 2 "风险揭示": document_title_recognize, flip_action_recognize, sign_action_recognize',
      'step 3 "投保人签名": sign_recognize',
    ]);
    expect(rule.steps.map((step) => slice(example, step.sequenceRange))).toEqual([
      "throughout",
      "1",
      "2",
      "3",
    ]);
    expect(slice(example, rule.steps[1]?.items[0]?.range ?? { start: 0, end: 0 })).toBe(
      "use 身份核验",
    );
    expect(slice(example, rule.steps[1]?.title?.range ?? { start: 0, end: 0 })).toBe(
      '"投保人身份核验"',
    );

    const fragment = document.fragments[0];
    expect(slice(example, fragment?.range ?? { start: 0, end: 0 })).toBe(
      'fragment 身份核验 "身份核验": id_card_recognize',
    );
    expect(slice(example, fragment?.nameRange ?? { start: 0, end: 0 })).toBe("身份核验");
    expect(document.comments).toEqual([
      { text: " 终身寿险销售双录质检", range: { start: 0, end: 13 } },
    ]);
  });

  it("accepts optional semicolons, trailing commas and empty lists", () => {
    const text = 'rule "a" { step 1: a, b,; throughout:; step 2: ; } fragment f: x,;';
    const document = parse(text);
    expect(document.parseDiagnostics).toEqual([]);
    expect(document.rules[0]?.steps.map((step) => step.items.length)).toEqual([2, 0, 0]);
    expect(slice(text, document.rules[0]?.steps[0]?.range ?? { start: 0, end: 0 })).toBe(
      "step 1: a, b,",
    );
    expect(slice(text, document.fragments[0]?.range ?? { start: 0, end: 0 })).toBe(
      "fragment f: x,",
    );
  });

  it("reads quoted action names, escapes and step 0", () => {
    const document = parse('rule "a\\tb" { step 0: "use", "a b", "\\u8eab\\"" }');
    expect(document.parseDiagnostics).toEqual([]);
    expect(document.rules[0]?.name).toBe("a\tb");
    expect(document.rules[0]?.steps[0]?.sequence).toBe(0);
    expect(document.rules[0]?.steps[0]?.form).toBe("step");
    expect(
      document.rules[0]?.steps[0]?.items.map((item) => item.type === "action" && item.name),
    ).toEqual(["use", "a b", '身"']);
  });

  it("keeps declarations in any order", () => {
    const document = parse('fragment a: x\nrule "r" { step 1: use a }\nfragment b: use a');
    expect(document.fragments.map((fragment) => fragment.name)).toEqual(["a", "b"]);
    expect(document.rules.map((rule) => rule.name)).toEqual(["r"]);
  });

  it("keeps offsets of text with a byte order mark", () => {
    const text = '\ufeffrule "a" { step 1: x }';
    const document = parse(text);
    expect(document.parseDiagnostics).toEqual([]);
    expect(document.rules[0]?.range.start).toBe(1);
    expect(slice(text, document.rules[0]?.steps[0]?.items[0]?.range ?? { start: 0, end: 0 })).toBe(
      "x",
    );
  });

  it("passes the version through", () => {
    expect(parseIdrs("", { uri: "a.idrs", locale: "zh-CN", version: 7 }).version).toBe(7);
  });

  it("reads empty and comment-only files", () => {
    expect(parse("").rules).toEqual([]);
    const document = parse("// a\n\n//b");
    expect(document.parseDiagnostics).toEqual([]);
    expect(document.comments.map((comment) => comment.text)).toEqual([" a", "b"]);
  });

  it("reports a duplicate description at the second one", () => {
    const text = 'rule "a" {\n  description: "one"\n  description: "two"\n}';
    const document = parse(text);
    const [diagnostic] = document.parseDiagnostics;
    expect(document.parseDiagnostics).toHaveLength(1);
    expect(diagnostic?.code).toBe("syntax-error");
    expect(slice(text, diagnostic?.range ?? { start: 0, end: 0 })).toBe('description: "two"');
    expect(diagnostic?.related.map((related) => slice(text, related.range))).toEqual(['"one"']);
    expect(document.rules[0]?.description?.value).toBe("one");
  });

  it("reports invalid escapes at the escape", () => {
    const text = 'rule "a\\x" { }';
    const document = parse(text);
    expect(document.parseDiagnostics.map((d) => [d.code, slice(text, d.range)])).toEqual([
      ["syntax-error", "\\x"],
    ]);
  });

  it("reports a step number beyond the safe integer range", () => {
    const text = 'rule "a" { step 9007199254740993: a }';
    const document = parse(text);
    expect(document.parseDiagnostics.map((d) => [d.code, slice(text, d.range)])).toEqual([
      ["syntax-error", "9007199254740993"],
    ]);
  });

  it("renders messages in the requested locale", () => {
    const text = 'rule "a" { step 1 face_track }';
    const en = parseIdrs(text, { uri: "a.idrs", locale: "en" }).parseDiagnostics[0];
    const zh = parseIdrs(text, { uri: "a.idrs", locale: "zh-CN" }).parseDiagnostics[0];
    expect(en?.message).toBe("Expected ':' after the step number, found 'face_track'.");
    expect(zh?.message).toBe("在步骤编号后应写“:”，实际是“face_track”。");
    expect(zh?.range).toEqual(en?.range);
  });
});
