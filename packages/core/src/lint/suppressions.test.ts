import { describe, expect, it } from "vitest";
import { applyEdits } from "../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../test/core/support/modelBuilder.js";
import type { Diagnostic } from "../diagnostics.js";
import type { RuleDocument } from "../model/model.js";
import { applySuppressions } from "./suppressions.js";

/** Builds a document with one rule: step N carries comment N (if given) and the action `a`. */
function documentWith(comments: Array<string | undefined>): RuleDocument {
  return buildIdrsDocument("a.idrs", {
    rules: [
      {
        name: "R",
        steps: comments.map((comment, index) => ({ sequence: index + 1, items: ["a"], comment })),
      },
    ],
  });
}

/** Builds a diagnostic of `code` on the action of step N (1-based). */
function at(document: RuleDocument, step: number, code: string): Diagnostic {
  const range = document.rules[0]?.steps[step - 1]?.items[0]?.range ?? { start: 0, end: 0 };
  return {
    code,
    severity: "error",
    uri: document.uri,
    range,
    message: code,
    args: {},
    fixes: [],
    related: [],
  };
}

const summary = (diagnostics: Diagnostic[]) =>
  diagnostics.map(
    (diagnostic) => `${diagnostic.code}${diagnostic.suppressed ? " (suppressed)" : ""}`,
  );

describe("applySuppressions", () => {
  it("silences the next line for the named codes only", () => {
    const document = documentWith([
      " idrs-disable-next-line unknown-action, step-gap -- legacy rule",
    ]);
    const result = applySuppressions(
      document,
      [at(document, 1, "unknown-action"), at(document, 1, "sdk-only-action")],
      { locale: "en" },
    );
    expect(summary(result)).toEqual([
      "unknown-action (suppressed)",
      "sdk-only-action",
      "unused-disable-directive",
    ]);
    expect(result[2]?.args).toEqual({
      directive: "idrs-disable-next-line unknown-action, step-gap",
      code: "step-gap",
    });
  });

  it("silences a block until idrs-enable", () => {
    const document = documentWith([
      " idrs-disable unknown-action",
      undefined,
      " idrs-enable unknown-action",
    ]);
    const result = applySuppressions(
      document,
      [
        at(document, 1, "unknown-action"),
        at(document, 2, "unknown-action"),
        at(document, 3, "unknown-action"),
      ],
      { locale: "en" },
    );
    expect(summary(result)).toEqual([
      "unknown-action (suppressed)",
      "unknown-action (suppressed)",
      "unknown-action",
    ]);
  });

  it("silences every code to the end of the file with a bare idrs-disable", () => {
    const document = documentWith([undefined, " idrs-disable"]);
    const result = applySuppressions(
      document,
      [at(document, 1, "step-gap"), at(document, 2, "step-gap"), at(document, 2, "empty-step")],
      { locale: "en" },
    );
    expect(summary(result)).toEqual([
      "step-gap",
      "step-gap (suppressed)",
      "empty-step (suppressed)",
    ]);
  });

  it("never silences locked rules", () => {
    const document = documentWith([" idrs-disable-next-line syntax-error"]);
    const result = applySuppressions(document, [at(document, 1, "syntax-error")], { locale: "en" });
    expect(summary(result)).toEqual(["syntax-error", "unused-disable-directive"]);
  });

  it("reports unused directives with a fix that deletes the line", () => {
    const document = documentWith([" idrs-disable-next-line step-gap"]);
    const [directive, ...rest] = applySuppressions(document, [], { locale: "en" });

    expect(rest).toEqual([]);
    expect(directive?.code).toBe("unused-disable-directive");
    expect(directive?.severity).toBe("warning");
    expect(directive?.range).toEqual(document.comments[0]?.range);
    expect(applyEdits(document.text, directive?.fixes[0]?.edits)).toBe(
      documentWith([undefined]).text,
    );
  });

  it("reports unknown codes and unmatched enables", () => {
    const document = documentWith([" idrs-disable-next-line no-such-rule", " idrs-enable"]);
    const result = applySuppressions(document, [], { locale: "en" });
    expect(result.map((diagnostic) => [diagnostic.code, diagnostic.args])).toEqual([
      [
        "unused-disable-directive",
        { directive: "idrs-disable-next-line no-such-rule", code: "no-such-rule" },
      ],
      ["unused-disable-directive", { directive: "idrs-enable" }],
    ]);
  });

  it("follows the configured setting of unused-disable-directive", () => {
    const document = documentWith([" idrs-disable-next-line step-gap"]);
    expect(applySuppressions(document, [], { locale: "en", directiveSetting: "off" })).toEqual([]);
    expect(
      applySuppressions(document, [], { locale: "en", directiveSetting: "error" })[0]?.severity,
    ).toBe("error");
  });

  it("ignores ordinary comments and look-alike words", () => {
    const document = documentWith([" idrs-disabled step-gap", " see idrs-disable docs"]);
    expect(applySuppressions(document, [at(document, 1, "step-gap")], { locale: "en" })).toEqual([
      at(document, 1, "step-gap"),
    ]);
  });
});
