import { actionNameAt } from "../catalog/known-names.js";
import type { ActionItem, RuleNode, StepNode } from "../model/model.js";

/**
 * Reads a `*.rule.json` text into the rule model in one pass, without `JSON.parse`, the
 * position scan, ajv or the model walk of the full path. It accepts only the exact shape
 * the rule-file schema allows, written plainly:
 * - one object with the keys `$schema`, `name`, `description` and `content`, each at most
 *   once, `name` and `content` required, in any order;
 * - `content` an array of objects with exactly the keys `sequence` and `actions`;
 * - `sequence` a non-negative integer of at most 15 digits (always a safe integer), written
 *   without sign, fraction or exponent;
 * - `actions` an array of objects with exactly the key `name`, a non-empty string;
 * - strings (keys included) without backslash escapes;
 * - JSON whitespace only, an optional byte order mark first, nothing after the object.
 * On anything else it returns undefined and the caller takes the full path, so every
 * diagnostic still comes from `JSON.parse`, the scanner and the compiled validator.
 * Whatever it accepts, ajv accepts too, and the model equals the full path's model (a
 * property test checks both).
 */
export function readRuleFileFast(text: string): RuleNode | undefined {
  const reader = new FastReader(text);
  try {
    return reader.ruleFile();
  } catch (error) {
    if (error === outsideShape) return undefined;
    throw error;
  }
}

/**
 * Thrown inside the reader when the text leaves the accepted shape: one preallocated value,
 * so giving up costs no allocation, and every step reads straight-line.
 */
const outsideShape = new Error("outside the fast path's shape");

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** The maximum number of digits: every such integer is safe, so adding up its digits is exact. */
const MAX_DIGITS = 15;

class FastReader {
  private pos: number;

  constructor(private readonly text: string) {
    // The byte order mark is skipped, as `readJson` does. Hosts report it separately.
    this.pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  ruleFile(): RuleNode {
    const text = this.text;
    const start = this.skipWhitespace();
    this.expect(OPEN_BRACE);

    let name: string | undefined;
    let nameStart = 0;
    let nameEnd = 0;
    let description: string | undefined;
    let descriptionStart = 0;
    let descriptionEnd = 0;
    let steps: StepNode[] | undefined;
    let schemaSeen = false;

    this.skipWhitespace();
    do {
      this.skipWhitespace();
      const keyStart = this.pos;
      const keyEnd = this.plainString();
      const length = keyEnd - keyStart - 2;
      this.skipWhitespace();
      this.expect(COLON);
      const valueStart = this.skipWhitespace();

      if (length === 4 && sameText(text, keyStart + 1, "name") && name === undefined) {
        const valueEnd = this.plainString();
        name = text.slice(valueStart + 1, valueEnd - 1);
        nameStart = valueStart;
        nameEnd = valueEnd;
      } else if (length === 7 && sameText(text, keyStart + 1, "content") && steps === undefined) {
        steps = this.content();
      } else if (
        length === 11 &&
        sameText(text, keyStart + 1, "description") &&
        description === undefined
      ) {
        const valueEnd = this.plainString();
        description = text.slice(valueStart + 1, valueEnd - 1);
        descriptionStart = valueStart;
        descriptionEnd = valueEnd;
      } else if (length === 7 && sameText(text, keyStart + 1, "$schema") && !schemaSeen) {
        this.plainString();
        schemaSeen = true;
      } else {
        // An unknown key, a repeated key, or a key written with escapes.
        throw outsideShape;
      }
    } while (this.separator(CLOSE_BRACE));

    const end = this.pos;
    if (name === undefined || steps === undefined) throw outsideShape;
    this.skipWhitespace();
    if (this.pos !== text.length) throw outsideShape;

    const rule: RuleNode = {
      name,
      nameRange: { start: nameStart, end: nameEnd },
      steps,
      range: { start, end },
    };
    if (description !== undefined) {
      rule.description = {
        value: description,
        range: { start: descriptionStart, end: descriptionEnd },
      };
    }
    return rule;
  }

  private content(): StepNode[] {
    const steps: StepNode[] = [];
    this.expect(OPEN_BRACKET);
    if (this.emptyAfterOpening(CLOSE_BRACKET)) return steps;
    do {
      steps.push(this.step());
    } while (this.separator(CLOSE_BRACKET));
    return steps;
  }

  private step(): StepNode {
    const text = this.text;
    const start = this.skipWhitespace();
    this.expect(OPEN_BRACE);

    let sequence = -1;
    let sequenceStart = 0;
    let sequenceEnd = 0;
    let items: ActionItem[] | undefined;
    do {
      this.skipWhitespace();
      const keyStart = this.pos;
      const keyEnd = this.plainString();
      const length = keyEnd - keyStart - 2;
      this.skipWhitespace();
      this.expect(COLON);
      const valueStart = this.skipWhitespace();

      if (length === 8 && sameText(text, keyStart + 1, "sequence") && sequence === -1) {
        sequence = this.integer();
        sequenceStart = valueStart;
        sequenceEnd = this.pos;
      } else if (length === 7 && sameText(text, keyStart + 1, "actions") && !items) {
        items = this.actions();
      } else {
        throw outsideShape;
      }
    } while (this.separator(CLOSE_BRACE));
    if (sequence === -1 || !items) throw outsideShape;

    // The same properties in the same order as the full path's steps.
    return {
      sequence,
      sequenceRange: { start: sequenceStart, end: sequenceEnd },
      form: "json",
      items,
      range: { start, end: this.pos },
    };
  }

  private actions(): ActionItem[] {
    const text = this.text;
    const items: ActionItem[] = [];
    this.expect(OPEN_BRACKET);
    if (this.emptyAfterOpening(CLOSE_BRACKET)) return items;
    do {
      this.skipWhitespace();
      this.expect(OPEN_BRACE);
      this.skipWhitespace();
      const keyStart = this.pos;
      const keyEnd = this.plainString();
      if (keyEnd - keyStart !== 6 || !sameText(text, keyStart + 1, "name")) throw outsideShape;
      this.skipWhitespace();
      this.expect(COLON);
      const valueStart = this.skipWhitespace();
      const valueEnd = this.plainString();
      // The schema's `minLength: 1`: an empty name goes to the full path, which reports it.
      if (valueEnd - valueStart === 2) throw outsideShape;
      this.skipWhitespace();
      this.expect(CLOSE_BRACE);
      items.push({
        type: "action",
        name: actionNameAt(text, valueStart + 1, valueEnd - 1),
        range: { start: valueStart, end: valueEnd },
      });
    } while (this.separator(CLOSE_BRACKET));
    return items;
  }

  /** Reads `0` or a digit string without leading zero, up to `MAX_DIGITS` digits. */
  private integer(): number {
    const text = this.text;
    const start = this.pos;
    let value = 0;
    let i = start;
    for (;;) {
      const c = text.charCodeAt(i);
      // Past the end `charCodeAt` gives NaN, which must stop the loop too.
      if (!(c >= DIGIT_0 && c <= DIGIT_9)) break;
      value = value * 10 + (c - DIGIT_0);
      i++;
    }
    const digits = i - start;
    if (digits === 0 || digits > MAX_DIGITS) throw outsideShape;
    if (digits > 1 && text.charCodeAt(start) === DIGIT_0) throw outsideShape;
    // A fraction, an exponent or anything else after the digits fails the next `separator`.
    this.pos = i;
    return value;
  }

  /**
   * Reads a string literal at the current position and returns the offset past its closing
   * quote. A backslash or a raw control character (which JSON forbids) leaves the shape.
   */
  private plainString(): number {
    const text = this.text;
    if (text.charCodeAt(this.pos) !== QUOTE) throw outsideShape;
    for (let i = this.pos + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        this.pos = i + 1;
        return this.pos;
      }
      if (c === BACKSLASH || c < 0x20) throw outsideShape;
    }
    throw outsideShape;
  }

  /** After an element: true for `,` (another follows), false for `closing` (consumed). */
  private separator(closing: number): boolean {
    this.skipWhitespace();
    const c = this.text.charCodeAt(this.pos);
    this.pos++;
    if (c === COMMA) return true;
    if (c === closing) return false;
    throw outsideShape;
  }

  /** After an opening bracket: true (and consumed) when the closing one follows at once. */
  private emptyAfterOpening(closing: number): boolean {
    this.skipWhitespace();
    if (this.text.charCodeAt(this.pos) !== closing) return false;
    this.pos++;
    return true;
  }

  private expect(c: number): void {
    if (this.text.charCodeAt(this.pos) !== c) throw outsideShape;
    this.pos++;
  }

  /** Skips JSON whitespace (space, tab, LF, CR) and returns the new position. */
  private skipWhitespace(): number {
    this.pos = whitespaceEnd(this.text, this.pos);
    return this.pos;
  }
}

/** Tells whether `text` contains `name` at `start`: a loop, as `startsWith` measured slower here. */
function sameText(text: string, start: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    if (text.charCodeAt(start + i) !== name.charCodeAt(i)) return false;
  }
  return true;
}

/** Returns the offset after the JSON whitespace (space, tab, LF, CR) at `from`. */
function whitespaceEnd(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
    else return i;
  }
}
