import type {
  CommentNode,
  FragmentNode,
  RuleDocument,
  RuleNode,
  StepItem,
  StepNode,
} from "../../../packages/core/src/model/model.js";
import { isValidIdentifier, quoteString } from "../../../packages/core/src/syntax/index.js";

/**
 * Builds rule models by hand for unit tests of lint rules, printing `.idrs` text at the same
 * time so every range points at real text (fixes are applied to it). The layout is the
 * formatter's canonical one; a comment can be put on the line before any step. Ranges
 * follow the parser: a step's `sequenceRange` is its number, or `throughout` itself.
 */
export type ItemSpec = string | { use: string };

export interface StepSpec {
  sequence: number;
  throughout?: boolean;
  items: ItemSpec[];
  /** A comment line (text after `//`) printed before the step. */
  comment?: string;
}

export interface RuleSpec {
  name: string;
  steps: StepSpec[];
}

export interface FragmentSpec {
  name: string;
  items: ItemSpec[];
}

export interface DocumentSpec {
  rules?: RuleSpec[];
  fragments?: FragmentSpec[];
}

class Printer {
  text = "";
  readonly comments: CommentNode[] = [];

  write(value: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += value;
    return { start, end: this.text.length };
  }

  items(specs: ItemSpec[]): StepItem[] {
    return specs.map((spec, index) => {
      if (index > 0) this.write(", ");
      if (typeof spec === "string") {
        const range = this.write(isValidIdentifier(spec) ? spec : quoteString(spec));
        return { type: "action", name: spec, range };
      }
      return { type: "use", fragment: spec.use, range: this.write(`use ${spec.use}`) };
    });
  }
}

export function buildIdrsDocument(uri: string, spec: DocumentSpec): RuleDocument {
  const printer = new Printer();
  const rules: RuleNode[] = (spec.rules ?? []).map((ruleSpec) => {
    const start = printer.write("rule ").start;
    const nameRange = printer.write(quoteString(ruleSpec.name));
    printer.write(" {\n");
    const steps = ruleSpec.steps.map((stepSpec): StepNode => {
      if (stepSpec.comment !== undefined) {
        printer.write("  ");
        const range = printer.write(`//${stepSpec.comment}`);
        printer.comments.push({ text: stepSpec.comment, range });
        printer.write("\n");
      }
      const stepStart = printer.write("  ").end;
      if (!stepSpec.throughout) printer.write("step ");
      const sequenceRange = printer.write(
        stepSpec.throughout ? "throughout" : String(stepSpec.sequence),
      );
      printer.write(": ");
      const items = printer.items(stepSpec.items);
      const range = { start: stepStart, end: printer.text.length };
      printer.write("\n");
      return {
        sequence: stepSpec.sequence,
        sequenceRange,
        form: stepSpec.throughout ? "throughout" : "step",
        items,
        range,
      };
    });
    const end = printer.write("}\n").end;
    return { name: ruleSpec.name, nameRange, steps, range: { start, end } };
  });

  const fragments: FragmentNode[] = (spec.fragments ?? []).map((fragmentSpec) => {
    printer.write("\n");
    const start = printer.write("fragment ").start;
    const nameRange = printer.write(fragmentSpec.name);
    printer.write(": ");
    const items = printer.items(fragmentSpec.items);
    const range = { start, end: printer.text.length };
    printer.write("\n");
    return { name: fragmentSpec.name, nameRange, items, range };
  });

  return {
    uri,
    kind: "idrs",
    version: 0,
    text: printer.text,
    rules,
    fragments,
    comments: printer.comments,
    parseDiagnostics: [],
  };
}
