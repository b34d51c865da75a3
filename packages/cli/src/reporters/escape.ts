/**
 * Characters that would act on the terminal or the reader's view instead of being shown:
 * C0 controls, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), which can make a line read differently from its bytes.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching these characters is the point.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Writes one unsafe character as `\n`, `\r`, `\t` or `\uXXXX`. */
export function escapeChar(char: string): string {
  return (
    named[char] ?? `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`
  );
}

/** True for a character that `escapeControls` rewrites. */
export function isUnsafeChar(char: string): boolean {
  unsafe.lastIndex = 0;
  return unsafe.test(char);
}

/**
 * Makes text from rule files safe to print: an action named "\u001b[31mRED" must not turn
 * the terminal red, and a name holding a line break must not split a report line.
 */
export function escapeControls(text: string): string {
  return text.replace(unsafe, escapeChar);
}
