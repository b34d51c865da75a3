/**
 * Removes the blanks the rule-name checks look for: JavaScript's white space and line
 * terminators, which include U+3000 (full-width space) and U+00A0 (non-breaking space).
 */
export function trimRuleName(name: string): string {
  return name.trim();
}

/** Length in characters (code points), the unit a person counts in a Chinese name. */
export function ruleNameLength(name: string): number {
  // Counted without `Array.from`, which builds an array of every character to count them.
  let length = name.length;
  for (let i = 0; i < name.length - 1; i++) {
    const code = name.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = name.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}
