/**
 * Control characters (C0, DEL, C1) and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069). Printed raw, a remote rule name holding them could move
 * the cursor, recolour a terminal, reorder text, or forge a line of a CI log.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it matches
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Makes a remote-sourced string (a rule name, an Id, a server message) safe to print: every
 * unsafe character becomes a visible `\uXXXX` escape, so the line stays one line and reads
 * the same as the text the service stores.
 */
export function escapeControls(text: string): string {
  return text.replace(unsafe, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/**
 * Escapes a multi-line message (such as a service error with its hints) line by line: line
 * feeds between its lines stay, and every line after the first starts with `indent`, so no
 * line of it can pass for a line of its own in a log.
 */
export function escapeMessageLines(text: string, indent: string): string {
  return text
    .split("\n")
    .map((line, index) => (index === 0 ? "" : indent) + escapeControls(line))
    .join("\n");
}
