import type { IToken } from "chevrotain";
import type { Diagnostic } from "../diagnostics.js";
import type { FragmentNode, RuleNode, StepItem, StepNode, StringValue } from "../model/model.js";
import type { TextRange } from "../text/range.js";
import { type DiagnosticFactory, SYNTAX_ERROR } from "./diagnostic.js";
import { decodeString, STRING_HAS_ESCAPE } from "./strings.js";
import { Decimal } from "./tokens.js";

/**
 * Builds the rule model while the parser runs. The parser calls it from embedded actions in
 * source order. Nodes are added as soon as their header is read, so a rule or step cut short
 * by a syntax error keeps what was parsed before the error, and lint rules still check it.
 *
 * Tokens invented by error recovery have no offsets. Their ranges collapse to the end of the
 * last real token, which the parser passes as `fallback`.
 */
export class ModelBuilder {
  rules: RuleNode[] = [];
  fragments: FragmentNode[] = [];
  diagnostics: Diagnostic[] = [];
  private factory!: DiagnosticFactory;
  private rule: RuleNode | undefined;
  private entry: StepNode | FragmentNode | undefined;
  private items: StepItem[] = [];

  clear(): void {
    this.rules = [];
    this.fragments = [];
    this.diagnostics = [];
    this.rule = undefined;
    this.entry = undefined;
    this.items = [];
  }

  reset(factory: DiagnosticFactory): void {
    this.factory = factory;
    this.clear();
  }

  beginRule(keyword: IToken, name: IToken): void {
    const start = keyword.startOffset;
    const nameValue = this.stringValue(name, tokenEnd(keyword, start));
    const rule: RuleNode = {
      name: nameValue.value,
      nameRange: nameValue.range,
      steps: [],
      range: { start, end: nameValue.range.end },
    };
    this.rules.push(rule);
    this.rule = rule;
    this.entry = undefined;
  }

  endRule(close: IToken, fallback: number): void {
    if (this.rule) this.rule.range.end = tokenEnd(close, fallback);
    this.rule = undefined;
  }

  description(keyword: IToken, text: IToken, fallback: number): void {
    const value = this.stringValue(text, fallback);
    const rule = this.rule;
    if (!rule) return;
    rule.range.end = value.range.end;
    if (rule.description === undefined) {
      rule.description = value;
      return;
    }
    const range = { start: keyword.startOffset, end: value.range.end };
    const related = [
      {
        uri: this.factory.uri,
        range: rule.description.range,
        message: this.factory.message("syntax.duplicate-description.first"),
      },
    ];
    this.diagnostics.push(
      this.factory.error(SYNTAX_ERROR, range, "syntax.duplicate-description", {}, [], related),
    );
  }

  beginThroughout(keyword: IToken): void {
    const start = keyword.startOffset;
    const end = start + keyword.image.length;
    this.addStep({
      sequence: 0,
      sequenceRange: { start, end },
      form: "throughout",
      items: [],
      range: { start, end },
    });
  }

  beginStep(keyword: IToken, number: IToken, title: IToken | undefined, fallback: number): void {
    const start = keyword.startOffset;
    const sequenceRange = tokenRange(number, tokenEnd(keyword, start));
    const step: StepNode = {
      sequence: this.stepNumber(number, sequenceRange),
      sequenceRange,
      form: "step",
      items: [],
      range: { start, end: sequenceRange.end },
    };
    if (title !== undefined) step.title = this.stringValue(title, fallback);
    this.addStep(step);
  }

  beginFragment(keyword: IToken, name: IToken, title: IToken | undefined, fallback: number): void {
    const start = keyword.startOffset;
    const nameRange = tokenRange(name, tokenEnd(keyword, start));
    const fragment: FragmentNode = {
      name: nameOf(name),
      nameRange,
      items: [],
      range: { start, end: nameRange.end },
    };
    if (title !== undefined) fragment.title = this.stringValue(title, fallback);
    this.fragments.push(fragment);
    this.entry = fragment;
    this.items = fragment.items;
  }

  /** Ends the current step or fragment after its last consumed token. */
  endEntry(last: IToken): void {
    const entry = this.entry;
    if (!entry) return;
    const end = tokenEnd(last, entry.range.end);
    if (end > entry.range.end) entry.range.end = end;
    if (this.rule && end > this.rule.range.end) this.rule.range.end = end;
    this.entry = undefined;
  }

  addAction(token: IToken, fallback: number): void {
    const value = this.stringValue(token, fallback);
    this.items.push({ type: "action", name: value.value, range: value.range });
  }

  addIdentifierAction(token: IToken): void {
    const start = token.startOffset;
    this.items.push({
      type: "action",
      name: token.image,
      range: { start, end: start + token.image.length },
    });
  }

  addUse(keyword: IToken, name: IToken): void {
    const start = keyword.startOffset;
    const range = { start, end: tokenEnd(name, tokenEnd(keyword, start)) };
    const fragment = nameOf(name);
    this.items.push({ type: "use", fragment, range });
  }

  private addStep(step: StepNode): void {
    this.entry = step;
    this.items = step.items;
    if (!this.rule) return;
    this.rule.steps.push(step);
    if (step.range.end > this.rule.range.end) this.rule.range.end = step.range.end;
  }

  private stepNumber(token: IToken, range: TextRange): number {
    if (token.isInsertedInRecovery) return Number.NaN;
    if (token.tokenType === Decimal) {
      this.diagnostics.push(
        this.factory.error(SYNTAX_ERROR, range, "syntax.step-number-not-integer", {
          number: token.image,
        }),
      );
      return Number.NaN;
    }
    const value = Number(token.image);
    if (!Number.isSafeInteger(value)) {
      this.diagnostics.push(
        this.factory.error(SYNTAX_ERROR, range, "syntax.number-too-large", { number: token.image }),
      );
    }
    return value;
  }

  private stringValue(token: IToken, fallback: number): StringValue {
    const range = tokenRange(token, fallback);
    if (token.isInsertedInRecovery) return { value: "", range };
    const flags: number = token.payload ?? 0;
    if ((flags & STRING_HAS_ESCAPE) === 0)
      return { value: decodeString(token.image, flags), range };
    const value = decodeString(token.image, flags, (index, length) => {
      const start = range.start + index;
      const sequence = token.image.slice(index, index + length);
      this.diagnostics.push(
        this.factory.error(SYNTAX_ERROR, { start, end: start + length }, "syntax.invalid-escape", {
          escape: sequence,
        }),
      );
    });
    return { value, range };
  }
}

/**
 * Returns the fragment name of an identifier token: its text, the unquoted name for a name
 * written in quotes (see `quoted-names.ts`), or "" for a token invented by error recovery.
 */
function nameOf(token: IToken): string {
  if (token.isInsertedInRecovery) return "";
  return typeof token.payload === "string" ? token.payload : token.image;
}

/** Returns the offset after a token, or `fallback` for a token invented by error recovery. */
export function tokenEnd(token: IToken, fallback: number): number {
  const start = token.startOffset;
  return Number.isNaN(start) || start === undefined ? fallback : start + token.image.length;
}

export function tokenRange(token: IToken, fallback: number): TextRange {
  const start = token.startOffset;
  if (Number.isNaN(start) || start === undefined) return { start: fallback, end: fallback };
  return { start, end: start + token.image.length };
}
