/**
 * Removes the blanks the rule-name checks look for: JavaScript's white space and line
 * terminators, which include U+3000 (full-width space) and U+00A0 (non-breaking space).
 */
export function trimRuleName(name: string): string {
  return name.trim();
}

/** Length in characters (code points), the unit a person counts in a Chinese name. */
export function ruleNameLength(name: string): number {
  return Array.from(name).length;
}
