import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeString, quoteString, STRING_HAS_ESCAPE, STRING_TERMINATED } from "./strings.js";
import { idrsLexer } from "./tokens.js";

/** Lexes `text` as one string token and decodes it, collecting invalid escapes. */
function read(text: string) {
  const token = idrsLexer.tokenize(text).tokens[0];
  const invalid: Array<[number, number]> = [];
  const value = decodeString(token?.image ?? "", token?.payload ?? 0, (index, length) => {
    invalid.push([index, length]);
  });
  return { value, invalid, image: token?.image };
}

describe("decodeString", () => {
  it("decodes every escape of the language", () => {
    expect(read('"a\\"b\\\\c\\nd\\re\\tf\\u3000g"').value).toBe('a"b\\c\nd\re\tf\u3000g');
  });

  it("reports invalid escapes and keeps them as written", () => {
    const result = read('"a\\xb\\u12g"');
    expect(result.value).toBe("a\\xb\\u12g");
    expect(result.invalid).toEqual([
      [2, 2],
      [5, 2],
    ]);
  });

  it("decodes the text of an unterminated string", () => {
    expect(decodeString('"abc', 0)).toBe("abc");
    expect(decodeString('"ab\\', STRING_HAS_ESCAPE)).toBe("ab\\");
  });

  it("decodes curly-quoted strings like straight ones", () => {
    expect(read("“投保人签名”").value).toBe("投保人签名");
  });

  it("keeps a lone backslash before the closing quote", () => {
    expect(decodeString('"a\\"', STRING_TERMINATED | STRING_HAS_ESCAPE)).toBe("a\\");
  });
});

describe("quoteString", () => {
  it("escapes quotes, backslashes and control characters", () => {
    expect(quoteString('say "hi"\\\n\r\t\u0001\u007f')).toBe(
      '"say \\"hi\\"\\\\\\n\\r\\t\\u0001\\u007F"',
    );
  });

  it("keeps Chinese, full-width punctuation and emoji as they are", () => {
    expect(quoteString("投保人：张三，“李四” 😀")).toBe('"投保人：张三，“李四” 😀"');
  });

  it("escapes lone surrogates", () => {
    expect(quoteString("a\ud800b\udc00")).toBe('"a\\uD800b\\uDC00"');
  });

  it("reads back to the same value for any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (value) => {
        const result = read(quoteString(value));
        expect(result.invalid).toEqual([]);
        expect(result.value).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});
