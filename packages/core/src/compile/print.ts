import { actionText, INDENT_WIDTH, itemListLines, renderLine } from "../format/layout.js";
import type { Content } from "../model/model.js";
import { quoteString } from "../syntax/strings.js";

/**
 * Prints content as one canonical `.idrs` rule named `name`, with the rule file's
 * description when there is one: `sequence` 0 becomes
 * `throughout`, every other step `step N`, in content order with duplicates kept. Names that
 * are not valid identifiers, or are keywords, are printed as strings, so any content prints.
 *
 * The caller validates content first (the decompile service checks it against the schema):
 * a `sequence` that is not a non-negative safe integer cannot be written in `.idrs` and
 * raises a `RangeError`.
 */
export function printContentAsIdrs(content: Content, name: string, description?: string): string {
  const lines = [`rule ${quoteString(name)} {`];
  if (description !== undefined)
    lines.push(
      renderLine({ indent: INDENT_WIDTH, text: `description: ${quoteString(description)}` }),
    );
  for (const step of content) {
    const { sequence } = step;
    if (!Number.isSafeInteger(sequence) || sequence < 0) {
      throw new RangeError(`sequence ${sequence} is not a non-negative safe integer`);
    }
    const header = sequence === 0 ? "throughout" : `step ${sequence}`;
    const items = step.actions.map((action) => actionText(action.name));
    for (const line of itemListLines(INDENT_WIDTH, header, items)) lines.push(renderLine(line));
  }
  lines.push("}");
  return `${lines.join("\n")}\n`;
}
