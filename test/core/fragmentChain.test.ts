import { describe, expect, it } from "vitest";
import { createLanguageServices } from "../../packages/core/src/services/index.js";

const count = 6000;

/** `.idrs` text of fragments `f1` to `fN`, each using the next; the last uses `last` or an action. */
function chainText(last: string): string {
  const lines: string[] = [];
  for (let index = 1; index < count; index++) lines.push(`fragment f${index}: use f${index + 1}`);
  lines.push(`fragment f${count}: ${last}`);
  return `${lines.join("\n")}\n`;
}

const rule = 'rule "长链" {\n  step 1: use f1\n}\n';

const summary = (diagnostics: Array<{ code: string; range: { start: number } }>, text: string) =>
  diagnostics.map((d) => [d.code, text.slice(d.range.start, d.range.start + 3)]);

describe("a chain of 6000 fragments", () => {
  it("in one file has no findings and compiles to its one action", () => {
    const text = rule + chainText("id_card_recognize");
    const services = createLanguageServices();
    services.setDocument("chain.idrs", text);

    expect(services.check("chain.idrs")).toEqual([]);
    expect(services.compile("chain.idrs").json).toBe(
      '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]}]',
    );
  });

  it("in one file reports its closing cycle once, at f1", () => {
    const text = rule + chainText("use f1");
    const services = createLanguageServices();
    services.setDocument("chain.idrs", text);

    const diagnostics = services.check("chain.idrs");
    // The step's expansion is incomplete, so empty-step stays silent about it.
    expect(summary(diagnostics, text)).toEqual([["fragment-cycle", "f1:"]]);
    expect(String(diagnostics[0]?.args.path).split(" → ")).toHaveLength(count + 1);
  });

  it("one fragment a file reports the cycle once, in the first file", () => {
    const services = createLanguageServices();
    services.setDocument("rule.idrs", rule);
    const files = chainText("use f1").trimEnd().split("\n");
    for (const [index, line] of files.entries()) services.setDocument(`f${index + 1}.idrs`, line);

    const findings = [...services.checkAll()].flatMap(([uri, diagnostics]) =>
      diagnostics.map((d) => [uri, d.code]),
    );
    expect(findings).toEqual([["f1.idrs", "fragment-cycle"]]);
  });
});

describe("fragments that each use the next one twice", () => {
  // 2^40 actions if expanded in full: the expansion stops at its limit instead.
  const levels = 40;
  const lines = [];
  for (let index = 1; index < levels; index++)
    lines.push(`fragment d${index}: use d${index + 1}, use d${index + 1}`);
  lines.push(`fragment d${levels}: id_card_recognize`);
  const text = `rule "翻倍" {\n  step 1: use d1\n}\n${lines.join("\n")}\n`;

  it("are reported as content too large, and compile withholds the content", () => {
    const services = createLanguageServices({ locale: "en" });
    services.setDocument("double.idrs", text);

    const codes = new Set(services.check("double.idrs").map((diagnostic) => diagnostic.code));
    expect(codes.has("content-too-large")).toBe(true);
    expect(services.compile("double.idrs").json).toBeUndefined();
  });
});
