import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readIdrsFast } from "./fast-read.js";
import { parseIdrsWithChevrotain } from "./parse.js";
import { quoteString } from "./strings.js";

const options = { uri: "a.idrs", locale: "en" } as const;

/** Parses with chevrotain and returns the model as JSON, key order included, and the diagnostic count. */
function chevrotainModel(text: string): { json: string; diagnostics: number } {
  const document = parseIdrsWithChevrotain(text, options);
  const { rules, fragments, comments } = document;
  return {
    json: JSON.stringify({ rules, fragments, comments }),
    diagnostics: document.parseDiagnostics.length,
  };
}

// Names that are identifiers but start like keywords, Chinese names, and names with `-`, `.`.
const identifier = fc
  .oneof(
    fc.constantFrom("a", "face_track", "rules", "step1", "use_x", "身份核验", "风险-揭示.v2", "_x"),
    fc.stringMatching(/^[a-zA-Z_\u4e00-\u9fa5][a-zA-Z0-9_.\u4e00-\u9fa5-]{0,12}$/),
  )
  .filter(
    (name) => !["rule", "description", "throughout", "step", "fragment", "use"].includes(name),
  );

// Any value, quoted with escapes, or written plainly with characters that are text inside strings.
const stringLiteral = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }).map(quoteString),
  fc.string({ unit: "grapheme", maxLength: 12 }).map(quoteString),
  fc
    .array(fc.constantFrom("a", "身份", " ", "“", "”", "，", "：", "//", "{", "'", "\\u4e2d"), {
      maxLength: 6,
    })
    .map((parts) => `"${parts.join("")}"`),
);

const stepNumber = fc.oneof(
  fc.nat({ max: 200 }).map(String),
  fc.constantFrom("0", "007", "9007199254740991", "1234567890123456"),
);

// Separators between tokens: whitespace of every kind the lexer skips, and line comments.
const separator = fc.constantFrom(
  " ",
  "  ",
  "\t",
  "\n",
  "\r\n",
  "\r",
  "\u3000",
  " // 注释 , : { }\n",
  "//\n",
  "\n\n",
);

const item = fc.oneof(
  { weight: 3, arbitrary: identifier },
  { weight: 1, arbitrary: stringLiteral },
  { weight: 1, arbitrary: identifier.map((name) => `use ${name}`) },
);

/** `: a, b` with an optional trailing comma, each token separated by `gap`. */
function itemList(gap: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .record({
      items: fc.array(fc.tuple(item, gap, gap), { maxLength: 5 }),
      trailing: fc.boolean(),
      colonGap: gap,
    })
    .map(({ items, trailing, colonGap }) => {
      const parts = items.map(([name, before, after], index) =>
        index === 0 ? name : `${before},${after}${name}`,
      );
      const comma = trailing && parts.length > 0 ? "," : "";
      return `:${colonGap}${parts.join("")}${comma}`;
    });
}

function validFile(gap: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const optionalTitle = fc.option(
    stringLiteral.map((title) => ` ${title}`),
    { nil: "" },
  );
  const semicolon = fc.constantFrom("", ";", " ;");
  const step = fc
    .tuple(stepNumber, optionalTitle, itemList(gap), semicolon)
    .map(([number, title, items, end]) => `step ${number}${title}${items}${end}`);
  const throughout = fc
    .tuple(itemList(gap), semicolon)
    .map(([items, end]) => `throughout${items}${end}`);
  const description = stringLiteral.map((text) => `description: ${text}`);
  const rule = fc
    .tuple(
      stringLiteral,
      fc.option(description, { nil: "" }),
      fc.array(fc.oneof(step, throughout), { maxLength: 5 }),
      gap,
    )
    .map(
      ([name, describe, entries, space]) =>
        `rule ${name}${space}{${space}${[describe, ...entries].join("\n  ")}${space}}`,
    );
  const fragment = fc
    .tuple(identifier, optionalTitle, itemList(gap), semicolon)
    .map(([name, title, items, end]) => `fragment ${name}${title}${items}${end}`);
  return fc
    .tuple(fc.array(fc.oneof(rule, fragment), { maxLength: 4 }), separator)
    .map(([declarations, space]) => declarations.join(`\n${space}`) + space);
}

// Edits that break well-formed text in the ways users do.
const pieces = ["{", "}", ":", ",", ";", '"', "“", "，", "\\", "\n", " ", "//", "/", "1", "a"];
const edit = fc.record({
  position: fc.nat(),
  deleteCount: fc.nat({ max: 6 }),
  insert: fc.array(fc.constantFrom(...pieces, "step", "use", "rule"), { maxLength: 3 }),
});

describe("readIdrsFast", () => {
  it("reads generated files as chevrotain does", () => {
    const gap = fc.constantFrom("", " ", "\n", "\u3000", " // c\n");
    fc.assert(
      fc.property(validFile(gap), (text) => {
        const fast = readIdrsFast(text);
        const expected = chevrotainModel(text);
        expect(expected.diagnostics, text).toBe(0);
        expect(fast, text).toBeDefined();
        expect(JSON.stringify(fast)).toBe(expected.json);
      }),
      { numRuns: 400 },
    );
  });

  it("accepts only text chevrotain reads without diagnostics", () => {
    fc.assert(
      fc.property(
        validFile(separator),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (text, edits) => {
          let edited = text;
          for (const { position, deleteCount, insert } of edits) {
            const at = position % (edited.length + 1);
            edited = edited.slice(0, at) + insert.join("") + edited.slice(at + deleteCount);
          }
          const fast = readIdrsFast(edited);
          if (fast === undefined) return;
          const expected = chevrotainModel(edited);
          expect(expected.diagnostics, edited).toBe(0);
          expect(JSON.stringify(fast)).toBe(expected.json);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("leaves text with diagnostics to chevrotain", () => {
    const texts = [
      'rule "a" { step 1: a }\ufeff',
      'rule "a" { step 1： a }',
      "rule “a” { step 1: a }",
      'rule "a" { step 1: "a\\q" }',
      'rule "a" { description: "x" description: "y" }',
      'rule "a" { step 9007199254740993: a }',
      'rule "a" { step 1: a b }',
      'rule "a" { step 1: a, , b }',
      'rule "a" { step 1: "a }',
      'rule "a" { step 1: a } /',
      'rule "a" { step 1.5: a }',
      'rule "a" { step 1: a, use "f" }',
      "fragment f: a\nstep 1: b",
      'rule "a" { step 1: a };',
    ];
    for (const text of texts) {
      expect(readIdrsFast(text), text).toBeUndefined();
      expect(chevrotainModel(text).diagnostics, text).toBeGreaterThan(0);
    }
  });

  it("skips a byte order mark at the start", () => {
    const text = '\ufeffrule "a" { step 1: a }';
    expect(JSON.stringify(readIdrsFast(text))).toBe(chevrotainModel(text).json);
  });

  it("keeps comments in text order", () => {
    const text = '// a\nrule "x" { // b\n  step 1: a // c\n}\n// d';
    expect(readIdrsFast(text)?.comments.map((comment) => comment.text)).toEqual([
      " a",
      " b",
      " c",
      " d",
    ]);
  });
});
