import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ruleFileValidator } from "../schema/validators.js";
import { readRuleFileFast } from "./fast-rule.js";
import { parseRuleJson, parseRuleJsonFully } from "./parse-rule.js";

const options = { uri: "rules/快速.rule.json", locale: "en" as const };

/**
 * Near-valid rule files, written token by token so that the text can hold what
 * `JSON.stringify` never writes: repeated keys, escapes in keys, odd numbers, non-JSON
 * whitespace, trailing commas and text after the object.
 */
type Piece = string | Piece[];

// Each choice below is mostly valid, so that about one file in ten is schema-valid as a
// whole and the rest differ from a valid file in one or two places.
const whitespace = fc.oneof(
  { weight: 80, arbitrary: fc.constantFrom("", "", " ", "\n  ", "\r\n", "\t") },
  fc.constantFrom("\u3000", "\u00a0"),
);

const plainText = fc.constantFrom(
  "id_card_recognize",
  "face_track",
  "身份核验",
  "a",
  "",
  " 前后空格 ",
  "\ud800",
  "𠀀",
);
const stringLiteral = fc.oneof(
  { weight: 40, arbitrary: plainText.map((value) => JSON.stringify(value)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('"\\u0061"', '"a\\nb"', '"\\"q\\""', '"a\u0001b"', '"\\/"'),
  },
);

const numberLiteral = fc.oneof(
  { weight: 40, arbitrary: fc.nat({ max: 200 }).map(String) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "007",
      "1.0",
      "1e2",
      "1E0",
      "-1",
      "-0",
      "0.5",
      "999999999999999",
      "1234567890123456",
      "12345678901234567890",
      "9007199254740993",
    ),
  },
);

const otherValue = fc.constantFrom("null", "true", "false", "{}", "[]", "1", '"x"', "[1]");

function oneOrOther(valid: fc.Arbitrary<Piece>): fc.Arbitrary<Piece> {
  return fc.oneof({ weight: 40, arbitrary: valid }, otherValue);
}

function member(key: fc.Arbitrary<string>, value: fc.Arbitrary<Piece>): fc.Arbitrary<Piece> {
  return fc.tuple(key, value).map(([k, v]) => [k, ":", v]);
}

function object(members: fc.Arbitrary<Piece[]>): fc.Arbitrary<Piece> {
  return fc
    .tuple(members, fc.boolean(), fc.integer({ min: 0, max: 19 }))
    .map(([list, trailingComma, shuffle]) => {
      const ordered = shuffle === 0 ? [...list].reverse() : list;
      const body: Piece[] = [];
      ordered.forEach((item, index) => {
        if (index > 0) body.push(",");
        body.push(item);
      });
      if (trailingComma && shuffle === 1 && list.length > 0) body.push(",");
      return ["{", body, "}"];
    });
}

function array(element: fc.Arbitrary<Piece>, maxLength: number): fc.Arbitrary<Piece> {
  return fc.array(element, { maxLength }).map((list) => {
    const body: Piece[] = [];
    list.forEach((item, index) => {
      if (index > 0) body.push(",");
      body.push(item);
    });
    return ["[", body, "]"];
  });
}

const key = (name: string, escaped: string) =>
  fc.oneof({ weight: 40, arbitrary: fc.constant(`"${name}"`) }, fc.constant(escaped));

const action = object(
  fc.oneof(
    { weight: 40, arbitrary: member(key("name", '"n\\u0061me"'), stringLiteral).map((m) => [m]) },
    fc.tuple(
      member(key("name", '"name"'), fc.oneof(stringLiteral, otherValue)),
      member(fc.constantFrom('"name"', '"kind"'), stringLiteral),
    ),
    fc.constant([]),
  ),
);

const step = object(
  fc.oneof(
    {
      weight: 40,
      arbitrary: fc.tuple(
        member(key("sequence", '"sequenc\\u0065"'), numberLiteral),
        member(key("actions", '"actions"'), array(action, 4)),
      ),
    },
    fc.tuple(member(key("sequence", '"sequence"'), fc.oneof(numberLiteral, otherValue))),
    fc.tuple(
      member(key("sequence", '"sequence"'), numberLiteral),
      member(key("actions", '"actions"'), fc.oneof(array(action, 2), otherValue)),
      member(fc.constantFrom('"sequence"', '"actions"', '"title"'), numberLiteral),
    ),
  ),
);

const ruleMembers = fc
  .tuple(
    fc.option(member(key("$schema", '"$schema"'), oneOrOther(stringLiteral))),
    fc.option(member(key("name", '"nam\\u0065"'), oneOrOther(stringLiteral)), {
      freq: 40,
    }),
    fc.option(member(key("description", '"description"'), oneOrOther(stringLiteral))),
    fc.option(member(key("content", '"content"'), oneOrOther(array(step, 5))), {
      freq: 40,
    }),
    fc.option(member(fc.constantFrom('"name"', '"content"', '"extra"'), stringLiteral), {
      freq: 1,
    }),
  )
  .map((members) => members.filter((item): item is Piece => item !== null));

const ruleFileText = fc
  .tuple(
    fc.oneof({ weight: 40, arbitrary: object(ruleMembers) }, array(step, 3), otherValue),
    fc.array(whitespace, { minLength: 1, maxLength: 40 }),
    fc.constantFrom("", "", "", "\ufeff"),
    fc.oneof({ weight: 40, arbitrary: fc.constantFrom("", "\n") }, fc.constantFrom(" x", ",")),
  )
  .map(([root, spaces, bom, after]) => {
    let gap = 0;
    const parts: string[] = [];
    const write = (piece: Piece) => {
      if (typeof piece === "string") {
        parts.push(piece, spaces[gap++ % spaces.length] as string);
        return;
      }
      for (const part of piece) write(part);
    };
    write(root);
    return bom + parts.join("") + after;
  });

/** Tells whether `JSON.stringify` writes the name without escapes: no `"`, `\\` or control character. */
function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code < 0x20 || code === 0x22 || code === 0x5c) return false;
  }
  return true;
}

describe("readRuleFileFast", () => {
  test("reads what ajv accepts, into the full path's model", () => {
    fc.assert(
      fc.property(ruleFileText, (text) => {
        const fast = readRuleFileFast(text);
        if (fast === undefined) return;
        const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        expect(ruleFileValidator()(JSON.parse(json))).toBe(true);
        const full = parseRuleJsonFully(text, options);
        expect(full.parseDiagnostics).toEqual([]);
        expect(full.rules).toStrictEqual([fast]);
      }),
      { numRuns: 3000 },
    );
  });

  test("parseRuleJson returns what the full path returns, for any input", () => {
    fc.assert(
      fc.property(ruleFileText, (text) => {
        expect(parseRuleJson(text, options)).toStrictEqual(parseRuleJsonFully(text, options));
      }),
      { numRuns: 2000 },
    );
  });

  test("takes plainly written, schema-valid files", () => {
    const content = fc.array(
      fc.record({
        sequence: fc.nat({ max: 99_999 }),
        actions: fc.array(fc.record({ name: fc.string({ minLength: 1 }).filter(isPlainName) })),
      }),
    );
    fc.assert(
      fc.property(
        fc.record(
          { name: fc.constantFrom("", "规则", "rule"), description: fc.constant("说明"), content },
          { requiredKeys: ["name", "content"] },
        ),
        fc.constantFrom(undefined, 2, "\t"),
        (value, indent) => {
          const text = JSON.stringify(value, null, indent);
          expect(readRuleFileFast(text)).toStrictEqual(parseRuleJsonFully(text, options).rules[0]);
        },
      ),
    );
  });

  test("leaves the unusual to the full path", () => {
    const valid = '{"name":"r","content":[{"sequence":1,"actions":[{"name":"a"}]}]}';
    expect(readRuleFileFast(valid)).toBeDefined();
    for (const text of [
      valid.replace('"r"', '"\\u0072"'),
      valid.replace("1,", "1.0,"),
      valid.replace("1,", "01,"),
      valid.replace('"a"', '""'),
      valid.replace('"name":"r"', '"name":"r","name":"s"'),
      valid.replace('"name":"r"', '"name":"r","extra":1'),
      `${valid} `.replace(" ", "\u3000"),
      `${valid},`,
    ]) {
      expect(readRuleFileFast(text), text).toBeUndefined();
    }
  });
});

describe("readRuleFileFast on cut-off text", () => {
  test("gives up on a file that ends in a number", () => {
    // `charCodeAt` past the end is NaN, which once kept the digit loop running forever.
    expect(readRuleFileFast('{"name":"甲","content":[{"sequence": 12')).toBeUndefined();
    expect(readRuleFileFast('{"name":"甲","content":[{"sequence":')).toBeUndefined();
  });
});
