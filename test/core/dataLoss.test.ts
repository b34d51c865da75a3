import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../../packages/core/src/diagnostics.js";
import { runLintRules } from "../../packages/core/src/lint/linter.js";
import type { LintRule } from "../../packages/core/src/lint/types.js";
import { createLanguageServices } from "../../packages/core/src/services/index.js";
import { WorkspaceIndex } from "../../packages/core/src/services/workspaceIndex.js";
import { parseIdrs } from "../../packages/core/src/syntax/index.js";
import { testCatalog } from "./support/lintHarness.js";

const codes = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((diagnostic) => !diagnostic.suppressed).map((diagnostic) => diagnostic.code);

/** Returns the text a diagnostic points at. */
function at(text: string, diagnostic: Diagnostic | undefined): string {
  return diagnostic ? text.slice(diagnostic.range.start, diagnostic.range.end) : "";
}

const tooLarge = ["1e300", "9007199254740992", "99999999999999999999"];

describe("sequence beyond the safe integers", () => {
  it.each(tooLarge)("rule file with sequence %s gets invalid-content", (number) => {
    const text = `{"name":"甲","content":[{"sequence":${number},"actions":[{"name":"sign_recognize"}]}]}`;
    const services = createLanguageServices();
    services.setDocument("a.rule.json", text);

    const diagnostics = services.check("a.rule.json");
    expect(codes(diagnostics)).toEqual(["invalid-content"]);
    expect(at(text, diagnostics[0])).toBe(number);

    const compiled = services.compile("a.rule.json");
    expect(compiled.content).toBeUndefined();
    expect(codes(compiled.diagnostics)).toContain("invalid-content");
  });

  it.each(tooLarge)("decompile of sequence %s reports it", (number) => {
    const text = `[{"sequence":${number},"actions":[{"name":"sign_recognize"}]}]`;
    const result = createLanguageServices().decompile(text, { name: "甲" });

    expect(result.text).toBeUndefined();
    expect(codes(result.diagnostics)).toEqual(["invalid-content"]);
    expect(at(text, result.diagnostics[0])).toBe(number);
  });

  it("accepts the largest safe integer", () => {
    const text = '[{"sequence":9007199254740991,"actions":[{"name":"sign_recognize"}]}]';
    expect(createLanguageServices().decompile(text, { name: "甲" }).text).toContain(
      "step 9007199254740991:",
    );
  });

  it("idrs step number too large gives one syntax error", () => {
    const text = 'rule "甲" {\n  step 99999999999999999999: sign_recognize\n}\n';
    const services = createLanguageServices();
    services.setDocument("a.idrs", text);

    const diagnostics = services.check("a.idrs");
    expect(codes(diagnostics)).toEqual(["syntax-error"]);
    expect(at(text, diagnostics[0])).toBe("99999999999999999999");
  });
});

describe("compile with a broken fragment file", () => {
  it("rejects a fragment with a syntax error", () => {
    const fragmentText = 'fragment 乙: sign_recognize "oops" face_track\n';
    const services = createLanguageServices();
    services.setDocument("frag/f.idrs", fragmentText);
    services.setDocument("r.idrs", 'rule "甲" {\n  step 1: use 乙\n}\n');

    const result = services.compile("r.idrs");
    expect(result.content).toBeUndefined();
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    expect(errors.map((diagnostic) => [diagnostic.code, diagnostic.uri])).toEqual([
      ["syntax-error", "frag/f.idrs"],
    ]);
    expect(at(fragmentText, errors[0])).toBe('"oops"');
  });

  it("ignores errors inside other declarations of the fragment file", () => {
    const services = createLanguageServices();
    services.setDocument(
      "frag/f.idrs",
      'fragment 乙: sign_recognize\n\nrule "丙" {\n  step 1: x y\n}\n',
    );
    services.setDocument("r.idrs", 'rule "甲" {\n  step 1: use 乙\n}\n');

    expect(services.compile("r.idrs").json).toBe(
      '[{"sequence":1,"actions":[{"name":"sign_recognize"}]}]',
    );
  });
});

describe("chain of 6000 fragments", () => {
  const count = 6000;
  const fragments = Array.from({ length: count }, (_, index) =>
    index === count - 1
      ? `fragment f${index}: id_card_recognize`
      : `fragment f${index}: use f${index + 1}`,
  ).join("\n");

  it("lints clean and compiles to the innermost action", () => {
    const services = createLanguageServices();
    services.setDocument("deep.idrs", `rule "深" {\n  step 1: use f0\n}\n${fragments}\n`);

    expect(codes(services.check("deep.idrs"))).toEqual([]);
    expect(services.compile("deep.idrs").json).toBe(
      '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]}]',
    );
  });
});

describe("a lint rule that throws", () => {
  it("produces an internal-error diagnostic", () => {
    const failing: LintRule = {
      code: "step-gap",
      defaultSeverity: "warning",
      fixable: false,
      phase: "document",
      messages: { summary: "lint.step-gap.summary" },
      check() {
        throw new RangeError("Maximum call stack size exceeded");
      },
    };
    const debug: string[] = [];
    const errors: string[] = [];
    const document = parseIdrs('rule "甲" { step 1: sign_recognize }', { uri: "a.idrs" });

    const diagnostics = runLintRules(document, {
      workspace: new WorkspaceIndex(),
      catalog: testCatalog,
      locale: "en",
      phases: ["document"],
      rules: [failing],
      logger: {
        debug: (message) => debug.push(message),
        info() {},
        warn() {},
        error: (message) => errors.push(message),
      },
    });

    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity])).toEqual([
      ["internal-error", "error"],
    ]);
    expect(diagnostics[0]?.args.rule).toBe("step-gap");
    expect(errors).toEqual([]);
    expect(debug.join("\n")).toContain("RangeError");
  });
});

describe("suppression directives", () => {
  it("next-line directive covers a step wrapped onto several lines", () => {
    const long = Array.from({ length: 8 }, () => "document_title_recognize").join(", ");
    const text = `rule "甲" {\n  // idrs-disable-next-line sdk-only-action -- 服务商已确认\n  step 1: ${long}, sign_recognize, face_recognize\n}\n`;
    const services = createLanguageServices();
    services.setDocument("a.idrs", text);
    const before = services.check("a.idrs");

    const formatted = services.format("a.idrs").text ?? "";
    expect(formatted.split("\n").length).toBeGreaterThan(text.split("\n").length);
    services.setDocument("a.idrs", formatted, 1);
    const after = services.check("a.idrs");

    expect(codes(after)).toEqual(codes(before));
    expect(codes(after)).not.toContain("unused-disable-directive");
  });

  it("enable of one code keeps the other codes disabled", () => {
    const text = [
      'rule "甲" {',
      "  // idrs-disable sdk-only-action, step-gap",
      "  step 2: face_recognize",
      "  // idrs-enable sdk-only-action",
      "  step 4: sign_recognize",
      "}",
      "",
    ].join("\n");
    const services = createLanguageServices();
    services.setDocument("a.idrs", text);
    const diagnostics = services.check("a.idrs");

    expect(codes(diagnostics)).toEqual([]);
    expect(
      diagnostics
        .filter((diagnostic) => diagnostic.suppressed)
        .map((diagnostic) => diagnostic.code),
    ).toEqual(["step-gap", "sdk-only-action", "step-gap"]);
  });
});
