import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { diagramPath, renderGrammarDiagram } from "../../../../scripts/gen-grammar-diagram.mjs";
import { serializedIdrsGrammar } from "./parse.js";

describe("grammar diagram", () => {
  const html = renderGrammarDiagram(serializedIdrsGrammar());

  it("draws every grammar rule", () => {
    const names = serializedIdrsGrammar().map((rule) => (rule as { name: string }).name);
    expect(names).toEqual([
      "file",
      "ruleDeclaration",
      "description",
      "throughout",
      "step",
      "fragment",
      "itemList",
      "item",
    ]);
    for (const name of names) expect(html).toContain(`"name": "${name}"`);
  });

  it("loads nothing from other hosts", () => {
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).toContain("drawDiagramsFromSerializedGrammar");
  });

  it("matches grammar/diagram.html", () => {
    if (process.env.UPDATE_GOLDEN === "1" || !existsSync(diagramPath))
      writeFileSync(diagramPath, html);
    expect(readFileSync(diagramPath, "utf8")).toBe(html);
  });
});
