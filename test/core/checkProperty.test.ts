import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createLanguageServices } from "../../packages/core/src/services/index.js";

/** Pieces of `.idrs` and JSON syntax, so random text often gets past the first token. */
const idrsPieces = [
  "rule ",
  '"R"',
  "{",
  "}",
  "step ",
  "1",
  "0",
  ":",
  ",",
  ";",
  "throughout",
  "use ",
  "fragment ",
  "F",
  "id_card_recognize",
  "face_track",
  "// idrs-disable ",
  "unknown-action",
  "\n",
  " ",
  "\u3000",
  "｛",
  "：",
  "“",
  '"',
  "\\",
];
const jsonPieces = [
  '{"name":',
  '"R"',
  '"content":',
  "[",
  "]",
  "{",
  "}",
  '{"sequence":',
  "1",
  "0",
  '"actions":',
  '{"name":"face_track"}',
  ",",
  ":",
  '"',
  "null",
  "\n",
];

const textFrom = (pieces: string[]) =>
  fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 200 }),
    fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join("")),
  );

describe("check on arbitrary text", () => {
  it("never throws for .idrs documents", () => {
    fc.assert(
      fc.property(textFrom(idrsPieces), textFrom(idrsPieces), (first, second) => {
        const services = createLanguageServices();
        services.setDocument("a.idrs", first);
        services.setDocument("b.idrs", second);
        for (const diagnostics of services.checkAll().values()) {
          for (const diagnostic of diagnostics) {
            expect(diagnostic.range.start).toBeLessThanOrEqual(diagnostic.range.end);
            expect(diagnostic.range.end).toBeLessThanOrEqual(
              services.getDocument(diagnostic.uri)?.text.length ?? 0,
            );
          }
        }
        services.compile("a.idrs");
      }),
      { numRuns: 300 },
    );
  });

  it("never throws for .rule.json documents", () => {
    fc.assert(
      fc.property(textFrom(jsonPieces), fc.string({ maxLength: 50 }), (text, other) => {
        const services = createLanguageServices();
        services.setDocument("a.rule.json", text);
        services.setDocument("b.idrs", other);
        expect(Array.isArray(services.check("a.rule.json"))).toBe(true);
        services.compile("a.rule.json");
        services.decompile(text, { name: "R" });
      }),
      { numRuns: 300 },
    );
  });
});
