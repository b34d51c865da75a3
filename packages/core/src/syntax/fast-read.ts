import type {
  CommentNode,
  FragmentNode,
  RuleNode,
  StepItem,
  StepNode,
  StringValue,
} from "../model/model.js";
import {
  COLON,
  COMMA,
  DESCRIPTION,
  EOF,
  FastScanner,
  FRAGMENT,
  IDENTIFIER,
  INTEGER,
  LCURLY,
  outsideFastPath,
  RCURLY,
  RULE,
  SEMICOLON,
  STEP,
  STRING,
  THROUGHOUT,
  USE,
} from "./fast-scanner.js";

/** The parts of a `RuleDocument` that the fast reader reads from the text. */
export interface FastReadResult {
  rules: RuleNode[];
  fragments: FragmentNode[];
  comments: CommentNode[];
}

/**
 * Reads well-formed `.idrs` text into the rule model in one pass, without chevrotain's token
 * vector, recovery bookkeeping or embedded actions. It accepts only text that the chevrotain
 * parser reads without any diagnostic, and builds the same nodes with the same ranges as
 * `ModelBuilder`. On anything else (a syntax error, full-width punctuation, an invalid
 * escape, a duplicate description, a step number that is not a safe integer) it returns
 * undefined, and the caller parses with chevrotain, the parser of record, which reports it.
 * A property test checks that both give the same model on generated files and edits of them.
 */
export function readIdrsFast(text: string): FastReadResult | undefined {
  const reader = new FastReader(text);
  try {
    return reader.file();
  } catch (error) {
    if (error === outsideFastPath) return undefined;
    throw error;
  }
}

class FastReader {
  private readonly scanner: FastScanner;
  private readonly rules: RuleNode[] = [];
  private readonly fragments: FragmentNode[] = [];

  constructor(text: string) {
    this.scanner = new FastScanner(text);
  }

  file(): FastReadResult {
    const scanner = this.scanner;
    scanner.advance();
    for (;;) {
      if (scanner.kind === RULE) this.rule();
      else if (scanner.kind === FRAGMENT) this.fragment();
      else if (scanner.kind === EOF) break;
      else throw outsideFastPath;
    }
    return { rules: this.rules, fragments: this.fragments, comments: scanner.comments };
  }

  private rule(): void {
    const scanner = this.scanner;
    const start = scanner.start;
    scanner.advance();
    const name = this.string();
    const rule: RuleNode = {
      name: name.value,
      nameRange: name.range,
      steps: [],
      range: { start, end: 0 },
    };
    this.expect(LCURLY);

    for (;;) {
      const kind = scanner.kind;
      if (kind === STEP) rule.steps.push(this.step());
      else if (kind === THROUGHOUT) rule.steps.push(this.throughout());
      else if (kind === DESCRIPTION) this.description(rule);
      else break;
      if (scanner.kind === SEMICOLON) scanner.advance();
    }

    if (scanner.kind !== RCURLY) throw outsideFastPath;
    rule.range.end = scanner.end;
    scanner.advance();
    this.rules.push(rule);
  }

  private description(rule: RuleNode): void {
    this.scanner.advance();
    this.expect(COLON);
    const value = this.string();
    // A second description is a syntax error, which chevrotain's path reports.
    if (rule.description !== undefined) throw outsideFastPath;
    rule.description = value;
  }

  private throughout(): StepNode {
    const scanner = this.scanner;
    const start = scanner.start;
    const end = scanner.end;
    scanner.advance();
    const step: StepNode = {
      sequence: 0,
      sequenceRange: { start, end },
      form: "throughout",
      items: [],
      range: { start, end },
    };
    this.expect(COLON);
    step.range.end = this.itemList(step.items);
    return step;
  }

  private step(): StepNode {
    const scanner = this.scanner;
    const start = scanner.start;
    scanner.advance();
    if (scanner.kind !== INTEGER) throw outsideFastPath;
    const sequenceRange = { start: scanner.start, end: scanner.end };
    const step: StepNode = {
      sequence: scanner.number,
      sequenceRange,
      form: "step",
      items: [],
      range: { start, end: sequenceRange.end },
    };
    scanner.advance();
    if (scanner.kind === STRING) step.title = this.string();
    this.expect(COLON);
    step.range.end = this.itemList(step.items);
    return step;
  }

  private fragment(): void {
    const scanner = this.scanner;
    const start = scanner.start;
    scanner.advance();
    if (scanner.kind !== IDENTIFIER) throw outsideFastPath;
    const nameRange = { start: scanner.start, end: scanner.end };
    const fragment: FragmentNode = {
      name: scanner.text,
      nameRange,
      items: [],
      range: { start, end: nameRange.end },
    };
    scanner.advance();
    if (scanner.kind === STRING) fragment.title = this.string();
    this.expect(COLON);
    fragment.range.end = this.itemList(fragment.items);
    if (scanner.kind === SEMICOLON) scanner.advance();
    this.fragments.push(fragment);
  }

  /**
   * Reads `[ Item { "," Item } [ "," ] ]` and returns the end of its last token (the colon
   * before it when the list is empty), which ends the step's range as in `ModelBuilder`.
   */
  private itemList(items: StepItem[]): number {
    const scanner = this.scanner;
    if (!isItemStart(scanner.kind)) return scanner.previousEnd;
    for (;;) {
      this.item(items);
      if (scanner.kind !== COMMA) return scanner.previousEnd;
      scanner.advance();
      // A comma not followed by an item is the optional trailing comma.
      if (!isItemStart(scanner.kind)) return scanner.previousEnd;
    }
  }

  private item(items: StepItem[]): void {
    const scanner = this.scanner;
    const start = scanner.start;
    if (scanner.kind === IDENTIFIER) {
      items.push({ type: "action", name: scanner.text, range: { start, end: scanner.end } });
      scanner.advance();
      return;
    }
    if (scanner.kind === STRING) {
      const value = this.string();
      items.push({ type: "action", name: value.value, range: value.range });
      return;
    }
    scanner.advance();
    if (scanner.kind !== IDENTIFIER) throw outsideFastPath;
    items.push({ type: "use", fragment: scanner.text, range: { start, end: scanner.end } });
    scanner.advance();
  }

  /** Consumes the current token, which must be a string, and returns its value. */
  private string(): StringValue {
    const scanner = this.scanner;
    if (scanner.kind !== STRING) throw outsideFastPath;
    const value = { value: scanner.text, range: { start: scanner.start, end: scanner.end } };
    scanner.advance();
    return value;
  }

  private expect(kind: number): void {
    if (this.scanner.kind !== kind) throw outsideFastPath;
    this.scanner.advance();
  }
}

function isItemStart(kind: number): boolean {
  return kind === IDENTIFIER || kind === STRING || kind === USE;
}
