import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { contentToJson } from "../compile/compile.js";
import { contentByteLength, jsonNumberByteLength, jsonStringByteLength } from "./byte-length.js";

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

const anyText = fc.oneof(
  fc
    .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 32 })
    .map((units) => String.fromCharCode(...units)),
  fc.string({ unit: "binary" }),
);

describe("jsonStringByteLength", () => {
  test.each([
    ["", 2],
    ['a"b\\c', 9],
    ["\n\t\u0001", 12],
    ["身份证", 11],
    ["\ud800", 8],
  ])("%j is %i bytes as JSON", (text, bytes) => {
    expect(jsonStringByteLength(text)).toBe(bytes);
  });

  test("matches the encoded JSON.stringify of any text", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(jsonStringByteLength(text)).toBe(encoder.encode(JSON.stringify(text)).length);
      }),
    );
  });
});

describe("jsonNumberByteLength", () => {
  test("matches JSON.stringify of any number", () => {
    const numbers = fc.oneof(fc.nat(), fc.maxSafeNat(), fc.integer(), fc.double());
    fc.assert(
      fc.property(numbers, (value) => {
        expect(jsonNumberByteLength(value)).toBe(JSON.stringify(value).length);
      }),
    );
  });

  test("counts the digits of powers of ten", () => {
    for (let exponent = 0; exponent <= 15; exponent++) {
      expect(jsonNumberByteLength(10 ** exponent)).toBe(exponent + 1);
      expect(jsonNumberByteLength(10 ** exponent - 1)).toBe(Math.max(1, exponent));
    }
  });
});

describe("content size without building the JSON", () => {
  test("the sum of the parts equals the size of contentToJson", () => {
    const content = fc.array(
      fc.record({
        sequence: fc.oneof(fc.nat(), fc.constant(Number.NaN)),
        actions: fc.array(fc.record({ name: anyText }), { maxLength: 5 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(content, (steps) => {
        let bytes = 2 + Math.max(0, steps.length - 1);
        for (const step of steps) {
          bytes += 26 + jsonNumberByteLength(step.sequence) + Math.max(0, step.actions.length - 1);
          for (const action of step.actions) bytes += 9 + jsonStringByteLength(action.name);
        }
        expect(bytes).toBe(contentByteLength(contentToJson(steps)));
      }),
    );
  });
});
