#!/usr/bin/env node
/**
 * Writes grammar/diagram.html: railroad diagrams of the `.idrs` grammar, drawn in the browser
 * by chevrotain's diagram scripts from the parser's serialized grammar.
 *
 * chevrotain's `createSyntaxDiagramsCode` links its scripts and style sheet from unpkg.com.
 * This script inlines the copies shipped in node_modules/chevrotain/diagrams instead, so the
 * page opens offline and loads nothing from any other host.
 *
 * Run after `npm run build`, because it reads the built parser:
 * `node scripts/gen-grammar-diagram.mjs`. The test
 * packages/core/src/syntax/grammar-diagram.test.ts fails when the file is out of date, and
 * `UPDATE_GOLDEN=1` makes that test rewrite it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSyntaxDiagramsCode } from "chevrotain";

const resourceMarker = "inline-resource:";

/**
 * Returns the diagram page for a serialized chevrotain grammar, with chevrotain's diagram
 * scripts and style sheet inlined.
 * @param {import("chevrotain").ISerializedGast[]} grammar
 * @returns {string}
 */
export function renderGrammarDiagram(grammar) {
  const diagrams = join(
    dirname(createRequire(import.meta.url).resolve("chevrotain")),
    "../../diagrams",
  );
  const page = createSyntaxDiagramsCode(grammar, {
    resourceBase: resourceMarker,
    css: `${resourceMarker}diagrams.css`,
  });

  const inlined = page
    .replace(/<link rel='stylesheet' href='inline-resource:([^']+)'>/g, (_, file) => {
      return `<style>\n${readFileSync(join(diagrams, file), "utf8")}</style>`;
    })
    .replace(/<script src='inline-resource:([^']+)'><\/script>/g, (_, file) => {
      return `<script>\n${readFileSync(join(diagrams, file), "utf8")}</script>`;
    })
    .replace("<!DOCTYPE html>", '<!DOCTYPE html>\n<html lang="en">\n<title>.idrs grammar</title>');

  if (inlined.includes(resourceMarker) || /<(script|link)[^>]+(src|href)=/.test(inlined)) {
    throw new Error(
      "grammar diagram: chevrotain's page template changed; a resource was not inlined",
    );
  }
  return inlined;
}

export const diagramPath = fileURLToPath(new URL("../grammar/diagram.html", import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { serializedIdrsGrammar } = await import("@idrs-rules/core");
  writeFileSync(diagramPath, renderGrammarDiagram(serializedIdrsGrammar()));
  console.log(`wrote ${diagramPath}`);
}
