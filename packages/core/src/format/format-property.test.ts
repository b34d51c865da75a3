import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collectFragments, compileRule } from "../compile/compile.js";
import type { RuleDocument, StepItem } from "../model/model.js";
import { parseIdrs } from "../syntax/parse.js";
import { quoteString } from "../syntax/strings.js";
import { isValidIdentifier } from "../syntax/tokens.js";
import { formatIdrs } from "./format.js";

// Random `.idrs` files: random declarations printed as tokens with random whitespace,
// comments, optional `;` and `,`, and full-width punctuation between them.

const identifier = fc
  .tuple(
    fc.constantFrom("a", "s", "r", "u", "_", "身", "核", "Ü"),
    fc.array(fc.constantFrom("a", "e", "p", "身", "份", "1", "_", "-", "."), { maxLength: 6 }),
  )
  .map(([first, rest]) => first + rest.join(""))
  .filter(isValidIdentifier);

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("投保人身份核验", "风险揭示", 'say "hi"', "a\\b", "tab\there", "“引号”", "😀"),
);

/** A string literal, sometimes delimited by the curly quotes of an input method. */
const stringLiteral = (value: string) =>
  fc.boolean().map((curly) => {
    const quoted = quoteString(value);
    const inner = quoted.slice(1, -1);
    return curly && !inner.includes("”") ? `“${inner}”` : quoted;
  });

const item: fc.Arbitrary<string[]> = fc.oneof(
  identifier.map((name) => [name]),
  text.chain(stringLiteral).map((literal) => [literal]),
  identifier.map((name) => ["use", name]),
);

/** `,` or the full-width `，`. */
function punctuation(half: string, full: string): fc.Arbitrary<string> {
  return fc.constantFrom(half, half, half, full);
}

const itemList: fc.Arbitrary<string[]> = fc
  .tuple(
    fc.array(item, { maxLength: 5 }),
    fc.boolean(),
    fc.array(punctuation(",", "，"), { minLength: 5, maxLength: 5 }),
  )
  .map(([items, trailingComma, commas]) => {
    const pieces: string[] = [];
    items.forEach((parts, index) => {
      if (index > 0) pieces.push(commas[index] ?? ",");
      pieces.push(...parts);
    });
    if (trailingComma && items.length > 0) pieces.push(commas[0] ?? ",");
    return pieces;
  });

const optionalSemicolon = fc.oneof(
  fc.constant([] as string[]),
  punctuation(";", "；").map((s) => [s]),
);
const colon = punctuation(":", "：");
const optionalTitle = fc
  .option(text.chain(stringLiteral), { nil: undefined })
  .map((title) => (title ? [title] : []));

const entry: fc.Arbitrary<{ description: boolean; pieces: string[] }> = fc.oneof(
  fc.tuple(colon, itemList, optionalSemicolon).map(([c, items, end]) => ({
    description: false,
    pieces: ["throughout", c, ...items, ...end],
  })),
  fc
    .tuple(
      fc.oneof(fc.nat({ max: 30 }), fc.constant(Number.MAX_SAFE_INTEGER)),
      optionalTitle,
      colon,
      itemList,
      optionalSemicolon,
    )
    .map(([sequence, title, c, items, end]) => ({
      description: false,
      pieces: ["step", String(sequence), ...title, c, ...items, ...end],
    })),
  fc.tuple(colon, text.chain(stringLiteral), optionalSemicolon).map(([c, value, end]) => ({
    description: true,
    pieces: ["description", c, value, ...end],
  })),
);

const ruleDeclaration = fc
  .tuple(
    text.chain(stringLiteral),
    punctuation("{", "｛"),
    fc.array(entry, { maxLength: 5 }),
    punctuation("}", "｝"),
  )
  .map(([name, open, entries, close]) => {
    // A rule has at most one description, so later ones are left out.
    const firstDescription = entries.findIndex((e) => e.description);
    const allowed = entries.filter((e, index) => !e.description || index === firstDescription);
    return ["rule", name, open, ...allowed.flatMap((e) => e.pieces), close];
  });

const fragmentDeclaration = fc
  .tuple(identifier, optionalTitle, colon, itemList, optionalSemicolon)
  .map(([name, title, c, items, end]) => ["fragment", name, ...title, c, ...items, ...end]);

const commentText = fc.oneof(
  fc.string({ maxLength: 10 }).map((value) => value.replace(/[\r\n]/g, " ")),
  fc.constantFrom(" 说明", " TODO", "", "/ nested //"),
);

const separator = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(" ", "  ", "\n", "\n  ", "\t", "\u3000") },
  { weight: 2, arbitrary: fc.constantFrom("\n\n", "\n\n\n  ") },
  { weight: 2, arbitrary: commentText.map((comment) => ` //${comment}\n`) },
  { weight: 2, arbitrary: commentText.map((comment) => `\n//${comment}\n`) },
  { weight: 1, arbitrary: commentText.map((comment) => `\n\n  //${comment}\n\n`) },
);

const idrsFile = fc
  .array(fc.oneof(ruleDeclaration, fragmentDeclaration), { maxLength: 4 })
  .chain((declarations) => {
    const pieces = declarations.flat();
    return fc
      .array(separator, { minLength: pieces.length + 1, maxLength: pieces.length + 1 })
      .map(
        (separators) =>
          (separators[0] ?? "") +
          pieces.map((piece, index) => piece + separators[index + 1]).join(""),
      );
  });

function parse(source: string): RuleDocument {
  return parseIdrs(source, { uri: "a.idrs", locale: "en" });
}

function describeItem(item: StepItem): string {
  return item.type === "action" ? `action:${item.name}` : `use:${item.fragment}`;
}

/** Describes what the document means, without positions. */
function meaning(document: RuleDocument) {
  const fragments = collectFragments([document]);
  return {
    rules: document.rules.map((rule) => ({
      name: rule.name,
      description: rule.description?.value,
      steps: rule.steps.map((step) => ({
        sequence: step.sequence,
        form: step.form,
        title: step.title?.value,
        items: step.items.map(describeItem),
      })),
      content: compileRule(rule, fragments),
    })),
    fragments: document.fragments.map((fragment) => ({
      name: fragment.name,
      title: fragment.title?.value,
      items: fragment.items.map(describeItem),
    })),
  };
}

function commentTexts(document: RuleDocument): string[] {
  return document.comments.map((comment) => comment.text).sort();
}

describe("formatIdrs properties", () => {
  it("generated files parse without syntax errors", () => {
    fc.assert(
      fc.property(idrsFile, (source) => {
        const codes = parse(source).parseDiagnostics.map((diagnostic) => diagnostic.code);
        expect(codes.filter((code) => code !== "full-width-punctuation")).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(idrsFile, (source) => {
        const once = formatIdrs(parse(source)).text ?? "";
        expect(formatIdrs(parse(once)).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps every comment", () => {
    fc.assert(
      fc.property(idrsFile, (source) => {
        const document = parse(source);
        const formatted = parse(formatIdrs(document).text ?? "");
        expect(commentTexts(formatted)).toEqual(commentTexts(document));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the meaning and the compiled content", () => {
    fc.assert(
      fc.property(idrsFile, (source) => {
        const document = parse(source);
        const formatted = parse(formatIdrs(document).text ?? "");
        expect(formatted.parseDiagnostics).toEqual([]);
        expect(meaning(formatted)).toEqual(meaning(document));
      }),
      { numRuns: 300 },
    );
  });

  it("writes no runs of blank lines and one final line break", () => {
    fc.assert(
      fc.property(idrsFile, (source) => {
        const formatted = formatIdrs(parse(source)).text ?? "";
        expect(formatted).not.toMatch(/\n\n\n/);
        if (formatted !== "") expect(formatted).toMatch(/[^\n]\n$/);
        const lines = formatted.split("\n");
        lines.forEach((line, index) => {
          if (line.startsWith("rule ")) expect(lines[index + 1]).not.toBe("");
          if (line === "}" || line.startsWith("} //")) expect(lines[index - 1]).not.toBe("");
        });
      }),
      { numRuns: 300 },
    );
  });
});
