import { describe, expect, it } from "vitest";
import type { RuleDocument } from "../model/model.js";
import { parseIdrs } from "../syntax/parse.js";
import { collectFragments, compileRule, contentToJson } from "./compile.js";

function parse(text: string, uri = "a.idrs"): RuleDocument {
  const document = parseIdrs(text, { uri, locale: "en" });
  expect(document.parseDiagnostics).toEqual([]);
  return document;
}

function compileFirst(text: string): string {
  const document = parse(text);
  const rule = document.rules[0];
  if (!rule) throw new Error("no rule");
  return contentToJson(compileRule(rule, collectFragments([document])));
}

describe("compileRule", () => {
  it("compiles the service's example rule to its exact Content", () => {
    // The one published example of Content, with its line breaks removed.
    const reference =
      '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]},' +
      '{"sequence":2,"actions":[{"name":"document_title_recognize"},{"name":"flip_action_recognize"},{"name":"sign_action_recognize"}]},' +
      '{"sequence":3,"actions":[{"name":"sign_recognize"}]},' +
      '{"sequence":0,"actions":[{"name":"face_track"},{"name":"speech_to_text"}]}]';
    const source = `rule "XX人寿 终身寿险 双录质检" {
  description: "适用于个人终身寿险产品的销售过程双录"
  step 1 "投保人身份核验": use 身份核验
  step 2 "风险揭示": document_title_recognize, flip_action_recognize, sign_action_recognize
  step 3 "投保人签名": sign_recognize
  throughout: face_track, speech_to_text
}

fragment 身份核验 "身份核验": id_card_recognize
`;
    expect(compileFirst(source)).toBe(reference);
  });

  it("keeps source order and duplicates", () => {
    expect(
      compileFirst('rule "a" { step 2: x, x; step 1: y; step 2: z; step 0: w; throughout: v }'),
    ).toBe(
      '[{"sequence":2,"actions":[{"name":"x"},{"name":"x"}]},{"sequence":1,"actions":[{"name":"y"}]},' +
        '{"sequence":2,"actions":[{"name":"z"}]},{"sequence":0,"actions":[{"name":"w"}]},' +
        '{"sequence":0,"actions":[{"name":"v"}]}]',
    );
  });

  it("inlines fragments recursively, in place", () => {
    const source = 'rule "a" { step 1: a, use f, d, use f }\nfragment f: b, use g\nfragment g: c';
    expect(compileFirst(source)).toBe(
      '[{"sequence":1,"actions":[{"name":"a"},{"name":"b"},{"name":"c"},{"name":"d"},{"name":"b"},{"name":"c"}]}]',
    );
  });

  it("skips undefined fragments and breaks cycles", () => {
    const source =
      'rule "a" { step 1: use missing, use f, z }\nfragment f: x, use g\nfragment g: y, use f, use g';
    expect(compileFirst(source)).toBe(
      '[{"sequence":1,"actions":[{"name":"x"},{"name":"y"},{"name":"z"}]}]',
    );
  });

  it("compiles empty steps and rules", () => {
    expect(compileFirst('rule "a" { step 1: }')).toBe('[{"sequence":1,"actions":[]}]');
    expect(compileFirst('rule "a" { }')).toBe("[]");
  });

  it("finds fragments in other documents, the first declaration winning", () => {
    const rules = parse('rule "a" { step 1: use f }', "rules.idrs");
    const first = parse("fragment f: one", "first.idrs");
    const second = parse("fragment f: two", "second.idrs");
    const fragments = collectFragments([rules, first, second]);
    expect(fragments.get("f")?.items).toEqual(first.fragments[0]?.items);
    const rule = rules.rules[0];
    if (!rule) throw new Error("no rule");
    expect(compileRule(rule, fragments)).toEqual([{ sequence: 1, actions: [{ name: "one" }] }]);
  });
});

describe("contentToJson", () => {
  it("writes keys in the service's order and drops other keys", () => {
    const content = [
      { actions: [{ extra: 1, name: "a" }], sequence: 3, note: "x" },
    ] as unknown as Parameters<typeof contentToJson>[0];
    expect(contentToJson(content)).toBe('[{"sequence":3,"actions":[{"name":"a"}]}]');
  });

  it("escapes names as JSON", () => {
    expect(contentToJson([{ sequence: 0, actions: [{ name: '引号"\n' }] }])).toBe(
      '[{"sequence":0,"actions":[{"name":"引号\\"\\n"}]}]',
    );
  });
});
