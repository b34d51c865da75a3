import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../diagnostics.js";
import type { Locale } from "../i18n/locale.js";
import type { RuleDocument } from "../model/model.js";
import { createLanguageServices } from "../services/index.js";
import { LineIndex } from "../text/range.js";
import { parseIdrs } from "./parse.js";

/**
 * Mistakes that used to give several diagnostics: each now gives exactly one, at the text
 * that is wrong, and the rest of the file is still read.
 */

function parse(text: string, locale: Locale = "en"): RuleDocument {
  return parseIdrs(text, { uri: "a.idrs", locale });
}

/** Formats a diagnostic as `code line:column-line:column message`, lines and columns from 1. */
function describeDiagnostic(text: string, diagnostic: Diagnostic): string {
  const lines = new LineIndex(text);
  const start = lines.positionAt(diagnostic.range.start);
  const end = lines.positionAt(diagnostic.range.end);
  const at = `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
  return `${diagnostic.code} ${at} ${diagnostic.message}`;
}

function diagnostics(text: string, locale: Locale = "en"): string[] {
  return parse(text, locale).parseDiagnostics.map((d) => describeDiagnostic(text, d));
}

/** Summarizes every rule as `name: sequence[items]` and every fragment as `name[items]`. */
function outline(document: RuleDocument): string[] {
  const items = (list: RuleDocument["fragments"][number]["items"]) =>
    list.map((item) => (item.type === "action" ? item.name : `use ${item.fragment}`)).join(",");
  return [
    ...document.rules.map(
      (rule) =>
        `${rule.name}: ${rule.steps.map((s) => `${s.sequence}[${items(s.items)}]`).join(" ")}`,
    ),
    ...document.fragments.map((fragment) => `${fragment.name}[${items(fragment.items)}]`),
  ];
}

/** Lists every diagnostic of a full check (parse and lint rules) as `code text-it-covers`. */
function checked(text: string): string[] {
  const services = createLanguageServices({ locale: "en" });
  services.setDocument("a.idrs", text);
  return services.check("a.idrs").map((d) => `${d.code} ${text.slice(d.range.start, d.range.end)}`);
}

describe("fragment name in quotes", () => {
  const text =
    'fragment 片段: id_card_recognize\nrule "a" {\n  step 1: use "片段"\n  step 2: sign_recognize\n}\n';

  it("gives one diagnostic with a fix", () => {
    expect(diagnostics(text)).toEqual([
      "syntax-error 3:15-3:19 Write the fragment name '片段' without quotes: fragment names are names, not strings.",
    ]);
    expect(diagnostics(text, "zh-CN")).toEqual([
      "syntax-error 3:15-3:19 片段名称“片段”不加引号：片段名称是名称，不是字符串。",
    ]);
    const [diagnostic] = parse(text).parseDiagnostics;
    expect(diagnostic?.fixes).toEqual([
      {
        title: "Remove the quotes around '片段'",
        edits: [{ range: { start: 56, end: 60 }, newText: "片段" }],
        isPreferred: true,
      },
    ]);
  });

  it("keeps the use in the model", () => {
    expect(outline(parse(text))).toEqual([
      "a: 1[use 片段] 2[sign_recognize]",
      "片段[id_card_recognize]",
    ]);
  });

  it("is the only diagnostic of a full check", () => {
    expect(checked(text)).toEqual(['syntax-error "片段"']);
  });

  it("drops the full-width diagnostics of curly quotes", () => {
    const curly = 'rule "a" { step 1: use “片段”, b }';
    expect(diagnostics(curly)).toEqual([
      "syntax-error 1:24-1:28 Write the fragment name '片段' without quotes: fragment names are names, not strings.",
    ]);
    expect(outline(parse(curly))).toEqual(["a: 1[use 片段,b]"]);
  });

  it("explains a quoted text that cannot be a name", () => {
    const invalid = 'rule "a" { step 1: use "身份 核验" }';
    expect(diagnostics(invalid)).toEqual([
      "syntax-error 1:24-1:31 '身份 核验' cannot be a fragment name: write a fragment name without quotes, starting with a letter or '_' and containing only letters, digits, '_', '-' and '.'.",
    ]);
    expect(parse(invalid).parseDiagnostics[0]?.fixes).toEqual([]);
  });

  it("reads a quoted name in a fragment declaration", () => {
    const declaration = 'fragment "片段" "标题": a\nrule "r" { step 1: use 片段 }';
    expect(diagnostics(declaration)).toEqual([
      "syntax-error 1:10-1:14 Write the fragment name '片段' without quotes: fragment names are names, not strings.",
    ]);
    expect(outline(parse(declaration))).toEqual(["r: 1[use 片段]", "片段[a]"]);
  });
});

describe("misspelled keyword after an item list", () => {
  const text = 'rule "a" {\n  step 1: a,\n  stpe 2: c\n  step 3: d\n}\n';

  it("is reported at the keyword after a trailing comma", () => {
    expect(diagnostics(text)).toEqual([
      "syntax-error 3:3-3:7 Expected 'description', 'throughout', 'step' or '}' after ',', found 'stpe'. Did you mean 'step'?",
    ]);
    expect(diagnostics(text, "zh-CN")).toEqual([
      "syntax-error 3:3-3:7 在“,”后应写“description”、“throughout”、“step”或“}”，实际是“stpe”。是否应为“step”？",
    ]);
    expect(outline(parse(text))).toEqual(["a: 1[a] 3[d]"]);
  });

  it("is not read as an action", () => {
    expect(checked(text.replace("a,", "sign_recognize,").replace("d\n", "face_track\n"))).toEqual([
      "syntax-error stpe",
      "recording-action-in-step face_track",
    ]);
  });

  it("is reported at the keyword without a comma", () => {
    const noComma = 'rule "a" {\n  step 1: a\n  stpe 2: c\n}\n';
    expect(diagnostics(noComma)).toEqual([
      "syntax-error 3:3-3:7 Expected 'description', 'throughout', 'step' or '}' after 'a', found 'stpe'. Did you mean 'step'?",
    ]);
  });

  it("is reported after an empty list", () => {
    const empty = 'rule "a" {\n  step 1:\n  throughut: c\n}\n';
    expect(diagnostics(empty)).toEqual([
      "syntax-error 3:3-3:12 Expected 'description', 'throughout', 'step' or '}' after ':', found 'throughut'. Did you mean 'throughout'?",
    ]);
    expect(outline(parse(empty))).toEqual(["a: 1[]"]);
  });

  it("names the declarations for a step after a fragment", () => {
    const topLevel = "fragment f: a,\nstep 1: b\n";
    expect(diagnostics(topLevel)).toEqual([
      "syntax-error 2:1-2:5 Expected 'rule' or 'fragment' after ',', found 'step'.",
    ]);
    expect(outline(parse(topLevel))).toEqual(["f[a]"]);
  });
});

describe("missing brace after a trailing comma", () => {
  it("asks for the brace at the end of the file", () => {
    const text = 'rule "a" {\n  step 1: a,\n';
    expect(diagnostics(text)).toEqual([
      "syntax-error 2:13-2:13 Expected '}' after ',', found the end of the file.",
    ]);
    expect(diagnostics(text, "zh-CN")).toEqual([
      "syntax-error 2:13-2:13 在“,”后应写“}”，实际是文件末尾。",
    ]);
  });

  it("asks for the brace before the next rule", () => {
    const text = 'rule "a" {\n  step 1: a,\nrule "b" { step 1: b }\n';
    expect(diagnostics(text)).toEqual([
      "syntax-error 3:1-3:5 Expected '}' after ',', found 'rule'.",
    ]);
    expect(outline(parse(text))).toEqual(["a: 1[a]", "b: 1[b]"]);
  });
});

describe("block comment", () => {
  it("gives one diagnostic with a fix on its own line", () => {
    const text = 'rule "a" {\n  /* 注释 */\n  step 1: a\n}\n';
    expect(diagnostics(text)).toEqual([
      "syntax-error 2:3-2:11 '/* ... */' is not a comment in .idrs: the language has only line comments. Start each comment line with '//'.",
    ]);
    expect(diagnostics(text, "zh-CN")).toEqual([
      "syntax-error 2:3-2:11 “/* ... */”在 .idrs 中不是注释：这门语言只有行注释。请在每行注释前写“//”。",
    ]);
    expect(parse(text).parseDiagnostics[0]?.fixes).toEqual([
      {
        title: "Turn into '//' line comments",
        edits: [{ range: { start: 13, end: 21 }, newText: "// 注释" }],
        isPreferred: true,
      },
    ]);
    expect(outline(parse(text))).toEqual(["a: 1[a]"]);
  });

  it("spans lines and keeps the indentation in its fix", () => {
    const text = 'rule "a" {\n  /*\n   * 第一行\n   * 第二行\n   */\n  step 1: a\n}\n';
    expect(diagnostics(text)).toEqual([
      "syntax-error 2:3-5:6 '/* ... */' is not a comment in .idrs: the language has only line comments. Start each comment line with '//'.",
    ]);
    expect(parse(text).parseDiagnostics[0]?.fixes[0]?.edits[0]?.newText).toBe(
      "// 第一行\n  // 第二行",
    );
  });

  it("has no fix when code follows it", () => {
    const text = 'rule "a" {\n  step 1: a /* x */, b\n  step 2: c\n}\n';
    expect(diagnostics(text)).toEqual([
      "syntax-error 2:13-2:20 '/* ... */' is not a comment in .idrs: the language has only line comments. Start each comment line with '//'.",
    ]);
    expect(parse(text).parseDiagnostics[0]?.fixes).toEqual([]);
    expect(outline(parse(text))).toEqual(["a: 1[a,b] 2[c]"]);
  });

  it("ends at the line end when unclosed", () => {
    const text = 'rule "a" {\n  step 1: a /* 说明\n  step 2: c\n}\n';
    expect(diagnostics(text)).toEqual([
      "syntax-error 2:13-2:18 '/* ... */' is not a comment in .idrs: the language has only line comments. Start each comment line with '//'.",
    ]);
    expect(parse(text).parseDiagnostics[0]?.fixes[0]?.edits[0]?.newText).toBe("// 说明");
    expect(outline(parse(text))).toEqual(["a: 1[a] 2[c]"]);
  });
});

describe("step number with a fraction", () => {
  const text = 'rule "a" {\n  step 1.5: sign_recognize\n  step 2: id_card_recognize\n}\n';

  it("gives one diagnostic", () => {
    expect(diagnostics(text)).toEqual([
      "syntax-error 2:8-2:11 The step number 1.5 is not a whole number: steps are numbered 0, 1, 2, and so on.",
    ]);
    expect(diagnostics(text, "zh-CN")).toEqual([
      "syntax-error 2:8-2:11 步骤编号1.5不是整数：步骤编号只能是 0、1、2 这样的整数。",
    ]);
    expect(outline(parse(text))).toEqual(["a: NaN[sign_recognize] 2[id_card_recognize]"]);
  });

  it("is the only diagnostic of a full check", () => {
    expect(checked(text)).toEqual(["syntax-error 1.5"]);
  });

  it("keeps a title written without quotes", () => {
    const unquoted = 'rule "a" { step 1.5 风险揭示: a }';
    expect(parse(unquoted).parseDiagnostics.map((d) => d.range)).toEqual([
      { start: 16, end: 19 },
      { start: 20, end: 24 },
    ]);
    expect(outline(parse(unquoted))).toEqual(["a: NaN[a]"]);
  });

  it("keeps its title", () => {
    const titled = 'rule "a" { step 2.1 "风险揭示": a }';
    expect(diagnostics(titled)).toHaveLength(1);
    expect(parse(titled).rules[0]?.steps[0]?.title?.value).toBe("风险揭示");
  });
});

describe("an invisible character outside strings", () => {
  const text =
    'rule "甲" {\n  step 1: id_card_recognize,\u00a0sign_recognize\n  step 2: sign_recognize\n}\n';

  it("names the character by its code point, in both languages", () => {
    expect(diagnostics(text)).toEqual([
      "syntax-error 2:29-2:30 Unexpected invisible character U+00A0, often a non-breaking or zero-width space pasted from a document: outside double-quoted strings only names, step numbers, comments and the punctuation { } : , ; are allowed. Replace it with an ordinary space, or delete it.",
    ]);
    expect(diagnostics(text, "zh-CN")[0]).toContain("不可见字符 U+00A0");
  });

  it("still reads the rest of the file", () => {
    expect(outline(parse(text))).toEqual([
      "甲: 1[id_card_recognize,sign_recognize] 2[sign_recognize]",
    ]);
  });

  it("lists each invisible character of a run once", () => {
    const run = 'rule "乙" {\n  step 1: a,\u200b\u200b\u2028b\n}\n';
    expect(diagnostics(run).join("\n")).toContain("character U+200B, U+2028,");
  });
});

describe("a keyword written as an action name", () => {
  it.each([
    [
      "rule",
      'rule "甲" {\n  step 1: id_card_recognize, rule\n  step 2: sign_recognize\n}\n',
      "2:30-2:34",
    ],
    [
      "description",
      'rule "甲" {\n  step 1: description\n  step 2: sign_recognize\n}\n',
      "2:11-2:22",
    ],
  ])("gives one diagnostic for %s and reads the rest", (name, text, at) => {
    expect(diagnostics(text)).toEqual([
      `syntax-error ${at} '${name}' is a keyword, so it cannot stand as an action name: to name an action ${name}, write it in double quotes, as "${name}".`,
    ]);
    expect(diagnostics(text, "zh-CN")[0]).toContain(`“${name}”是关键字`);
    expect(outline(parse(text))[0]).toContain("2[sign_recognize]");
    expect(checked(text)).toEqual([`syntax-error ${name}`]);
  });

  it("offers quotes as a fix that --fix does not apply", () => {
    const text = 'rule "甲" {\n  step 1: rule\n}\n';
    const [diagnostic] = parse(text).parseDiagnostics;
    expect(diagnostic?.fixes).toEqual([
      expect.objectContaining({
        edits: [{ range: { start: 21, end: 25 }, newText: '"rule"' }],
        isPreferred: false,
      }),
    ]);
  });

  it("leaves keywords that start the next entry after a trailing comma", () => {
    const text =
      'rule "甲" {\n  step 1: id_card_recognize,\n  step 2: sign_recognize,\n  throughout: face_track\n}\n';
    expect(diagnostics(text)).toEqual([]);
  });
});
