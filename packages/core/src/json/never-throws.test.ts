import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseConfig } from "../config/parse-config.js";
import type { Diagnostic } from "../diagnostics.js";
import { parseContentJson } from "./parse-content.js";
import { parseRuleJson } from "./parse-rule.js";

const valid = JSON.stringify(
  {
    name: "XX人寿 终身寿险",
    content: [
      { sequence: 1, actions: [{ name: "id_card_recognize" }] },
      { sequence: 0, actions: [{ name: "face_track" }, { name: "speech_to_text" }] },
    ],
  },
  null,
  2,
);

// Rule files that people break while typing: cut short, or with characters dropped in.
const edited = fc.oneof(
  fc.nat({ max: valid.length }).map((end) => valid.slice(0, end)),
  fc
    .tuple(fc.nat({ max: valid.length }), fc.string({ unit: "grapheme", maxLength: 3 }))
    .map(([at, inserted]) => valid.slice(0, at) + inserted + valid.slice(at)),
  fc
    .tuple(fc.nat({ max: valid.length }), fc.nat({ max: 5 }))
    .map(([at, length]) => valid.slice(0, at) + valid.slice(at + length)),
);

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.jsonValue().map((value) => JSON.stringify({ name: "a", content: value })),
  fc.jsonValue().map((value) => JSON.stringify([{ sequence: 1, actions: value }])),
  edited,
);

function checkDiagnostics(text: string, diagnostics: Diagnostic[]): void {
  let parses = true;
  try {
    JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    parses = false;
  }
  const syntax = diagnostics.filter(
    (d) => d.code === "invalid-json" || (d.code === "invalid-config" && !parses),
  );
  expect(syntax.length).toBe(parses ? 0 : 1);
  for (const diagnostic of diagnostics) {
    expect(diagnostic.range.start).toBeGreaterThanOrEqual(0);
    expect(diagnostic.range.end).toBeGreaterThanOrEqual(diagnostic.range.start);
    expect(diagnostic.range.end).toBeLessThanOrEqual(text.length);
    expect(diagnostic.message.length).toBeGreaterThan(0);
    // Every placeholder was filled: none is left once the user's own text is taken out.
    let rest = diagnostic.message;
    for (const value of Object.values(diagnostic.args)) rest = rest.split(String(value)).join("");
    expect(rest).not.toMatch(/\{\w+\}/);
  }
}

describe("JSON readers never throw", () => {
  test("parseRuleJson", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom("en" as const, "zh-CN" as const), (text, locale) => {
        const document = parseRuleJson(text, { uri: "a.rule.json", locale });
        checkDiagnostics(text, document.parseDiagnostics);
        for (const rule of document.rules) {
          for (const step of rule.steps) {
            expect(Number.isInteger(step.sequence)).toBe(true);
            expect(step.sequence).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test("parseContentJson", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseContentJson(text, { uri: "remote", locale: "en" });
        checkDiagnostics(text, result.diagnostics);
        expect(result.content === undefined).toBe(result.diagnostics.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  test("parseConfig", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = parseConfig(text, {
          uri: "idrs.config.json",
          locale: "en",
          knownRuleCodes: ["empty-step"],
        });
        checkDiagnostics(text, result.diagnostics);
        expect(typeof result.config).toBe("object");
      }),
      { numRuns: 300 },
    );
  });
});
