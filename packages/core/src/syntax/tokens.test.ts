import { describe, expect, it } from "vitest";
import { STRING_FULL_WIDTH_CLOSE, STRING_FULL_WIDTH_OPEN, STRING_TERMINATED } from "./strings.js";
import { idrsLexer, isValidIdentifier, keywords } from "./tokens.js";

function lex(text: string) {
  const result = idrsLexer.tokenize(text);
  return {
    tokens: result.tokens.map((token) => [token.tokenType.name, token.image, token.startOffset]),
    errors: result.errors.map((error) => [error.offset, error.length]),
    comments: (result.groups.comments ?? []).map((token) => token.image),
  };
}

describe("lexer", () => {
  it("tells keywords from identifiers that start with them", () => {
    expect(lex("rule rules rule-x step steps use user").tokens.map(([type]) => type)).toEqual([
      "Rule",
      "Identifier",
      "Identifier",
      "Step",
      "Identifier",
      "Use",
      "Identifier",
    ]);
  });

  it("reads Chinese and other Unicode identifiers", () => {
    expect(lex("身份核验 风险揭示-简版 id_check.v2 _x Ünïcode 𠀀字").tokens).toEqual([
      ["Identifier", "身份核验", 0],
      ["Identifier", "风险揭示-简版", 5],
      ["Identifier", "id_check.v2", 13],
      ["Identifier", "_x", 25],
      ["Identifier", "Ünïcode", 28],
      ["Identifier", "𠀀字", 36],
    ]);
  });

  it("splits a name that starts with a digit", () => {
    expect(lex("2号片段").tokens).toEqual([
      ["Integer", "2", 0],
      ["Identifier", "号片段", 1],
    ]);
  });

  it("skips a byte order mark only at the start", () => {
    expect(lex("\ufeffrule").tokens).toEqual([["Rule", "rule", 1]]);
    expect(lex("rule\ufeff").errors).toEqual([[4, 1]]);
  });

  it("treats the ideographic space as whitespace", () => {
    expect(lex("step\u30001\u3000:").tokens.map(([type]) => type)).toEqual([
      "Step",
      "Integer",
      "Colon",
    ]);
  });

  it("keeps comments apart from tokens", () => {
    const result = lex("a // note: 说明\nb");
    expect(result.tokens.map(([, image]) => image)).toEqual(["a", "b"]);
    expect(result.comments).toEqual(["// note: 说明"]);
  });

  it("keeps block comments apart from tokens and comments", () => {
    const result = idrsLexer.tokenize("a /* x\ny */ b /* open\nc");
    expect(result.tokens.map((token) => token.image)).toEqual(["a", "b", "c"]);
    expect(result.groups.comments ?? []).toEqual([]);
    expect((result.groups.blockComments ?? []).map((token) => token.image)).toEqual([
      "/* x\ny */",
      "/* open",
    ]);
  });

  it("reads a number with a fraction as one token", () => {
    expect(lex("1.5 1.2.3 2. 3").tokens).toEqual([
      ["Decimal", "1.5", 0],
      ["Decimal", "1.2.3", 4],
      ["Integer", "2", 10],
      ["Integer", "3", 13],
    ]);
    expect(lex("2.").errors).toEqual([[1, 1]]);
  });

  it("reads full-width punctuation as separate token types", () => {
    expect(lex("｛｝：，；").tokens.map(([type]) => type)).toEqual([
      "FullWidthLCurly",
      "FullWidthRCurly",
      "FullWidthColon",
      "FullWidthComma",
      "FullWidthSemicolon",
    ]);
  });

  it("reports one error per run of unknown characters", () => {
    expect(lex("a @#$ b （）、 c").errors).toEqual([
      [2, 3],
      [8, 3],
    ]);
  });
});

describe("string tokens", () => {
  function stringToken(text: string) {
    const token = idrsLexer.tokenize(text).tokens[0];
    return { image: token?.image, flags: token?.payload as number };
  }

  it("stop at the closing quote, skipping escaped quotes", () => {
    expect(stringToken('"a\\"b" c')).toEqual({ image: '"a\\"b"', flags: STRING_TERMINATED | 8 });
  });

  it("keep full-width characters inside as text", () => {
    expect(stringToken('"投保人：张三，“李四”" x').image).toBe('"投保人：张三，“李四”"');
  });

  it("accept curly quotes as delimiters", () => {
    const token = stringToken("“标题”: a");
    expect(token.image).toBe("“标题”");
    expect(token.flags).toBe(STRING_TERMINATED | STRING_FULL_WIDTH_OPEN | STRING_FULL_WIDTH_CLOSE);
  });

  it("close with the other kind of quote when the matching one is missing", () => {
    expect(stringToken('"标题”: a')).toEqual({
      image: '"标题”',
      flags: STRING_TERMINATED | STRING_FULL_WIDTH_CLOSE,
    });
    expect(stringToken('“标题": a')).toEqual({
      image: '“标题"',
      flags: STRING_TERMINATED | STRING_FULL_WIDTH_OPEN,
    });
  });

  it("end at the line break when unterminated", () => {
    expect(stringToken('"abc: d\nstep')).toEqual({ image: '"abc: d', flags: 0 });
    expect(stringToken('"abc\\\nstep').image).toBe('"abc\\');
  });
});

describe("isValidIdentifier", () => {
  it("accepts names that lex as one identifier", () => {
    for (const name of ["face_track", "身份核验", "风险揭示-简版", "id_check.v2", "_", "a1"]) {
      expect(isValidIdentifier(name), name).toBe(true);
    }
  });

  it("rejects keywords and names that need quotes", () => {
    for (const name of [
      ...keywords,
      "",
      "2号片段",
      "签字 确认",
      "身份核验（简版）",
      'a"b',
      "-a",
      "😀",
    ]) {
      expect(isValidIdentifier(name), name).toBe(false);
    }
  });
});

describe("identifier fast path", () => {
  it("accepts only letters among CJK Unified Ideographs", () => {
    for (let code = 0x4e00; code <= 0x9fff; code++) {
      const character = String.fromCharCode(code);
      if (!/\p{L}/u.test(character)) throw new Error(`U+${code.toString(16)} is not a letter`);
    }
    expect(isValidIdentifier("a\u9fff")).toBe(true);
  });
});
