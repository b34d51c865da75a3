import { describe, expect, it } from "vitest";
import type { Locale } from "../i18n/locale.js";
import type { RuleDocument } from "../model/model.js";
import { parseIdrs } from "./parse.js";

function parse(text: string, locale: Locale = "en"): RuleDocument {
  return parseIdrs(text, { uri: "a.idrs", locale });
}

/** Lists each diagnostic as [code, the text it covers], or `@offset` for an empty range. */
function found(text: string, document: RuleDocument): Array<[string, string]> {
  return document.parseDiagnostics.map((diagnostic) => {
    const { start, end } = diagnostic.range;
    return [diagnostic.code, start === end ? `@${start}` : text.slice(start, end)];
  });
}

/** Summarizes every rule as `name: sequence[items]`, to check what recovery kept. */
function outline(document: RuleDocument): string[] {
  return document.rules.map((rule) => {
    const steps = rule.steps.map((step) => {
      const items = step.items.map((item) =>
        item.type === "action" ? item.name : `use ${item.fragment}`,
      );
      return `${step.sequence}[${items.join(",")}]`;
    });
    return `${rule.name}: ${steps.join(" ")}`;
  });
}

interface RecoveryCase {
  name: string;
  text: string;
  diagnostics: Array<[string, string]>;
  outline: string[];
}

const cases: RecoveryCase[] = [
  {
    name: "missing colon after the step number",
    text: 'rule "a" {\n  step 1 face_track\n  step 2: b\n}',
    diagnostics: [["syntax-error", "face_track"]],
    outline: ["a: 1[face_track] 2[b]"],
  },
  {
    name: "missing opening brace",
    text: 'rule "a"\n  step 1: a\n}',
    diagnostics: [["syntax-error", "step"]],
    outline: ["a: 1[a]"],
  },
  {
    name: "missing closing brace at the end of the file",
    text: 'rule "a" {\n  step 1: a, b',
    diagnostics: [["syntax-error", "@25"]],
    outline: ["a: 1[a,b]"],
  },
  {
    name: "missing closing brace before the next rule",
    text: 'rule "a" {\n  step 1: a\nrule "b" {\n  step 1: b\n}',
    diagnostics: [["syntax-error", "rule"]],
    outline: ["a: 1[a]", "b: 1[b]"],
  },
  {
    name: "stray word between entries",
    text: 'rule "a" {\n  step 1: a\n  oops\n  step 2: b\n}',
    diagnostics: [["syntax-error", "oops"]],
    outline: ["a: 1[a] 2[b]"],
  },
  {
    name: "missing comma between actions",
    text: 'rule "a" {\n  step 1: a b c\n  step 2: d\n}',
    diagnostics: [["syntax-error", "b"]],
    outline: ["a: 1[a] 2[d]"],
  },
  {
    name: "double comma",
    text: 'rule "a" {\n  step 1: a, , b\n  step 2: c\n}',
    diagnostics: [["syntax-error", ","]],
    outline: ["a: 1[a] 2[c]"],
  },
  {
    name: "misspelled step keyword",
    text: 'rule "a" {\n  stpe 1: a\n  step 2: b\n}',
    diagnostics: [["syntax-error", "stpe"]],
    outline: ["a: 2[b]"],
  },
  {
    name: "misspelled rule keyword followed by a good rule",
    text: 'rulle "a" {\n  step 1: a\n}\nrule "b" {\n  step 1: b\n}',
    diagnostics: [["syntax-error", "rulle"]],
    outline: ["b: 1[b]"],
  },
  {
    name: "bad step number followed by a good rule",
    text: 'rule "bad" { step x: a }\nrule "good" { step 1: b }',
    diagnostics: [["syntax-error", "x"]],
    outline: ["bad: ", "good: 1[b]"],
  },
  {
    name: "missing step number",
    text: 'rule "a" { step : a }',
    diagnostics: [["syntax-error", ":"]],
    outline: ["a: NaN[a]"],
  },
  {
    name: "unterminated title",
    text: 'rule "a" {\n  step 1 "风险揭示: a\n  step 2: b\n}',
    diagnostics: [["syntax-error", '"风险揭示: a']],
    outline: ["a: 1[] 2[b]"],
  },
  {
    name: "unterminated rule name",
    text: 'rule "abc {\n  step 1: a\n}',
    diagnostics: [["syntax-error", '"abc {']],
    outline: ["abc {: 1[a]"],
  },
  {
    name: "description without quotes",
    text: 'rule "a" {\n  description: 适用于个人\n  step 1: a\n}',
    diagnostics: [["syntax-error", "适用于个人"]],
    outline: ["a: 1[a]"],
  },
  {
    name: "unknown characters inside a list",
    text: 'rule "a" { step 1: a @@ , b }',
    diagnostics: [["syntax-error", "@@"]],
    outline: ["a: 1[a,b]"],
  },
  {
    name: "enumeration comma of Chinese text",
    text: 'rule "a" { step 1: a、b }',
    diagnostics: [["syntax-error", "、"]],
    outline: ["a: 1[a]"],
  },
  {
    name: "use without a fragment name",
    text: 'rule "a" { step 1: a, use }',
    diagnostics: [["syntax-error", "}"]],
    outline: ["a: 1[a,use ]"],
  },
  {
    name: "extra closing brace",
    text: 'rule "a" { step 1: a } }\nrule "b" { step 1: b }',
    diagnostics: [["syntax-error", "}"]],
    outline: ["a: 1[a]", "b: 1[b]"],
  },
  {
    name: "missing colon in a fragment, then a rule",
    text: 'fragment f a, b\nrule "r" { step 1: use f }',
    diagnostics: [["syntax-error", "a"]],
    outline: ["r: 1[use f]"],
  },
  {
    name: "rule name and title without quotes",
    text: "rule XX人寿 终身寿险 {\n  step 1 风险揭示: a\n}",
    diagnostics: [
      ["syntax-error", "XX人寿 终身寿险"],
      ["syntax-error", "风险揭示"],
    ],
    outline: ["XX人寿 终身寿险: 1[a]"],
  },
  {
    name: "fragment name in quotes",
    text: 'rule "a" { step 1: use "f", b }',
    diagnostics: [["syntax-error", '"f"']],
    outline: ["a: 1[use f,b]"],
  },
  {
    name: "misspelled step after a trailing comma",
    text: 'rule "a" {\n  step 1: a,\n  stpe 2: c\n  step 3: d\n}',
    diagnostics: [["syntax-error", "stpe"]],
    outline: ["a: 1[a] 3[d]"],
  },
  {
    name: "block comment",
    text: 'rule "a" {\n  /* 注释 */\n  step 1: a\n}',
    diagnostics: [["syntax-error", "/* 注释 */"]],
    outline: ["a: 1[a]"],
  },
  {
    name: "step number with a fraction",
    text: 'rule "a" {\n  step 1.5: a\n  step 2: b\n}',
    diagnostics: [["syntax-error", "1.5"]],
    outline: ["a: NaN[a] 2[b]"],
  },
  {
    name: "Chinese keyword",
    text: '规则 "a" { step 1: a }\nrule "b" { step 1: b }',
    diagnostics: [["syntax-error", "规则"]],
    outline: ["b: 1[b]"],
  },
];

describe("error recovery", () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const document = parse(testCase.text);
      expect(found(testCase.text, document)).toEqual(testCase.diagnostics);
      expect(outline(document)).toEqual(testCase.outline);
    });
  }

  it("renders every case in both locales", () => {
    for (const testCase of cases) {
      const en = parse(testCase.text, "en").parseDiagnostics;
      const zh = parse(testCase.text, "zh-CN").parseDiagnostics;
      expect(zh.map((d) => d.range)).toEqual(en.map((d) => d.range));
      for (const [index, diagnostic] of zh.entries()) {
        expect(diagnostic.message, testCase.name).toMatch(/[\u4e00-\u9fff]/);
        expect(diagnostic.message).not.toBe(en[index]?.message);
        expect(diagnostic.message).not.toMatch(/\{\w+\}/);
        expect(en[index]?.message).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it("suggests the keyword for a misspelling, as a fix to review", () => {
    const text = 'rule "a" {\n  stpe 1: a\n}';
    const [diagnostic] = parse(text).parseDiagnostics;
    expect(diagnostic?.args.suggestion).toBe("step");
    expect(diagnostic?.fixes).toEqual([
      {
        title: "Replace 'stpe' with 'step'",
        edits: [{ range: { start: 13, end: 17 }, newText: "step" }],
        isPreferred: false,
      },
    ]);
    const zh = parse('规则 "a" { }', "zh-CN").parseDiagnostics[0];
    expect(zh?.fixes[0]?.title).toBe("将“规则”改为“rule”");
    expect(zh?.message).toContain("是否应为“rule”？");
  });

  it("offers quotes for a rule name written without them", () => {
    const text = "rule XX人寿 终身寿险 { }";
    const [diagnostic] = parse(text).parseDiagnostics;
    expect(diagnostic?.fixes[0]?.edits).toEqual([
      { range: { start: 5, end: 14 }, newText: '"XX人寿 终身寿险"' },
    ]);
  });

  it("offers a closing quote for an unterminated string", () => {
    const text = 'rule "a" { step 1 "title\n}';
    const [diagnostic] = parse(text).parseDiagnostics;
    expect(diagnostic?.fixes[0]?.edits).toEqual([{ range: { start: 24, end: 24 }, newText: '"' }]);
    expect(diagnostic?.fixes[0]?.isPreferred).toBe(false);
  });

  it("names the missing comma in the message", () => {
    const [diagnostic] = parse('rule "a" { step 1: a b }').parseDiagnostics;
    expect(diagnostic?.message).toBe(
      "Expected ',' between 'a' and 'b': separate action names with commas.",
    );
  });

  it("keeps linting later rules after many errors", () => {
    const broken = 'rule "x" { step 1 a b: c, , d ：： } }} @@ "';
    const text = `${broken}\n${broken}\nrule "last" { step 1: ok }`;
    const document = parse(text);
    expect(outline(document).at(-1)).toBe("last: 1[ok]");
  });
});
