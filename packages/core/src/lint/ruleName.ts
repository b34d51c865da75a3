/** Blanks the rule-name checks trim: ASCII white space and the ideographic space U+3000. */
const edgeBlanks = /^[ \t\r\n\f\v\u3000]+|[ \t\r\n\f\v\u3000]+$/gu;

export function trimRuleName(name: string): string {
  return name.replace(edgeBlanks, "");
}

/** Length in characters (code points), the unit a person counts in a Chinese name. */
export function ruleNameLength(name: string): number {
  return Array.from(name).length;
}
