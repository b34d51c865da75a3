import { LineIndex, type Locale, parseContentJson } from "@idrs-rules/core";
import { readContent } from "./content.js";
import { deployMessage } from "./messages.js";

/**
 * Says what is wrong with remote content that pull cannot write as a rule, with the engine's
 * JSON and schema diagnostics: `line:column: message` of the first error, for example an
 * unknown property in step 1 action 1. Returns undefined for valid rule content.
 */
export function describeContentProblem(text: string, locale: Locale): string | undefined {
  const parsed = parseContentJson(text, { uri: "content", locale });
  const error = parsed.diagnostics.find((diagnostic) => diagnostic.severity === "error");
  if (error === undefined) {
    // A rule file object (`{"name", "content"}`) passes the engine's reader, but the service
    // expects the bare content array.
    return readContent(text) === undefined
      ? deployMessage(locale, "deploy.content.notArray")
      : undefined;
  }
  const position = new LineIndex(text).positionAt(error.range.start);
  return `${position.line + 1}:${position.character + 1}: ${error.message}`;
}
