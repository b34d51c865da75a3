import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { contentByteLength } from "./byte-length.js";

const encoder = new TextEncoder();

describe("contentByteLength", () => {
  test.each([
    ["", 0],
    ["abc", 3],
    ["é", 2],
    ["身份证识别", 15],
    ["𠀀", 4],
    ["\ud800", 3],
    ["a\udc00b", 5],
  ])("%j is %i bytes", (text, bytes) => {
    expect(contentByteLength(text)).toBe(bytes);
  });

  test("matches TextEncoder on any UTF-16 text, lone surrogates included", () => {
    const anyCodeUnits = fc
      .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 64 })
      .map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(fc.oneof(anyCodeUnits, fc.string({ unit: "binary" })), (text) => {
        expect(contentByteLength(text)).toBe(encoder.encode(text).length);
      }),
    );
  });
});
