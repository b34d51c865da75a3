import { message } from "../i18n/index.js";
import { regionOf } from "./positions.js";
import type { LintResults } from "./types.js";

/**
 * JUnit XML for CI systems that show test reports: one test suite per file, one failing
 * test case per finding, and one passing test case for a file without findings.
 */
export function junit(results: LintResults): string {
  const suites = results.files.map((file) => {
    const cases = file.diagnostics.map((diagnostic) => {
      const region = regionOf(file, diagnostic.range);
      const location =
        file.text === undefined ? file.display : `${file.display}:${region.line}:${region.column}`;
      const severity = message(results.locale, `severity.${diagnostic.severity}`);
      const detail = `${location}: ${severity}: ${diagnostic.message} (${diagnostic.code})`;
      return [
        `    <testcase name="${escapeXml(`${location} ${diagnostic.code}`)}" classname="${escapeXml(file.display)}">`,
        `      <failure message="${escapeXml(diagnostic.message)}" type="${diagnostic.severity}">${escapeXml(detail)}</failure>`,
        "    </testcase>",
      ].join("\n");
    });
    if (cases.length === 0)
      cases.push(
        `    <testcase name="${escapeXml(file.display)}" classname="${escapeXml(file.display)}" />`,
      );

    const failures = file.diagnostics.length;
    const header = `  <testsuite name="${escapeXml(file.display)}" tests="${Math.max(1, failures)}" failures="${failures}" errors="0">`;
    return [header, ...cases, "  </testsuite>"].join("\n");
  });

  const tests = results.files.reduce(
    (total, file) => total + Math.max(1, file.diagnostics.length),
    0,
  );
  const failures = results.files.reduce((total, file) => total + file.diagnostics.length, 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="idrs-rules" tests="${tests}" failures="${failures}" errors="0">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}

/** Characters that XML 1.0 cannot carry, even escaped: C0 controls but tab, LF and CR; U+FFFE, U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching these characters is the point.
const xmlInvalidCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Escapes text for XML attributes and content; drops the characters XML 1.0 cannot carry. */
function escapeXml(text: string): string {
  return text
    .replace(xmlInvalidCharacters, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}
