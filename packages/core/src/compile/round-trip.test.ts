import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIdrs } from "../format/format.js";
import type { Content } from "../model/model.js";
import { parseIdrs } from "../syntax/parse.js";
import { quoteString } from "../syntax/strings.js";
import { isValidIdentifier } from "../syntax/tokens.js";
import { compileRule } from "./compile.js";
import { printContentAsIdrs } from "./print.js";

const actionName = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    "face_track",
    "身份核验",
    "use",
    "rule",
    "a b",
    'say "hi"',
    "😀",
    "",
    " ",
    "\\",
    "“引号”",
    "a,b",
  ),
);

const sequence = fc.oneof(fc.nat({ max: 20 }), fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER));

const content: fc.Arbitrary<Content> = fc.array(
  fc.record({
    sequence,
    actions: fc.array(
      actionName.map((name) => ({ name })),
      { maxLength: 8 },
    ),
  }),
  { maxLength: 8 },
);

function parse(text: string) {
  return parseIdrs(text, { uri: "a.idrs", locale: "en" });
}

describe("print and compile round trips", () => {
  it("compile(parse(print(C))) equals C", () => {
    fc.assert(
      fc.property(content, fc.string({ unit: "binary", maxLength: 10 }), (original, name) => {
        const document = parse(printContentAsIdrs(original, name));
        expect(document.parseDiagnostics).toEqual([]);
        expect(document.rules).toHaveLength(1);
        expect(document.rules[0]?.name).toBe(name);
        const rule = document.rules[0];
        if (!rule) return;
        expect(compileRule(rule, new Map())).toEqual(original);
      }),
      { numRuns: 500 },
    );
  });

  it("print is already formatted", () => {
    fc.assert(
      fc.property(content, (original) => {
        const printed = printContentAsIdrs(original, "规则");
        expect(formatIdrs(parse(printed)).text).toBe(printed);
      }),
      { numRuns: 300 },
    );
  });

  // Files that content can describe completely: one rule of steps and `throughout`
  // entries, without comments, titles, descriptions, fragments, blank lines or `step 0`
  // (which content cannot tell from `throughout`).
  const bareName = fc
    .array(fc.constantFrom("a", "s", "_", "身", "份", "1", "-", "."), {
      minLength: 1,
      maxLength: 6,
    })
    .map((chars) => chars.join(""))
    .filter(isValidIdentifier);
  const item = fc.oneof(bareName, actionName.map(quoteString));
  const comma = fc.constantFrom(",", ", ", " ,\t", "，");
  // Line breaks only between entries, so that no blank line appears.
  const gap = fc.constantFrom(" ", "", "\t", "\u3000");
  const entryGap = fc.constantFrom(" ", "\n", "\n  ", "\u3000");
  const entry = fc
    .tuple(
      fc.oneof(
        fc.constant("throughout"),
        fc.integer({ min: 1, max: 9999 }).map((n) => `step ${n}`),
      ),
      fc.array(fc.tuple(item, comma), { maxLength: 6 }),
      fc.boolean(),
      fc.constantFrom("", ";", "；"),
      gap,
    )
    .map(([header, items, trailingComma, end, space]) => {
      const list = items
        .map(([name, separator], index) => (index > 0 ? separator : "") + name)
        .join("");
      return `${header}${space}:${space}${list}${trailingComma && items.length > 0 ? "," : ""}${end}`;
    });
  const file = fc
    .tuple(fc.string({ maxLength: 8 }), fc.array(entry, { maxLength: 6 }), entryGap)
    .map(
      ([name, entries, space]) =>
        `rule ${quoteString(name)}${space}{${space}${entries.join(space)}${space}}${space}`,
    );

  it("print(compile(F)) equals format(F) for files content describes completely", () => {
    fc.assert(
      fc.property(file, (source) => {
        const document = parse(source);
        const rule = document.rules[0];
        if (!rule) throw new Error(`no rule in ${source}`);
        const formatted = formatIdrs(document).text;
        expect(printContentAsIdrs(compileRule(rule, new Map()), rule.name)).toBe(formatted);
      }),
      { numRuns: 500 },
    );
  });
});
