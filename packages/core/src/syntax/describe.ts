import { EOF, type IToken } from "chevrotain";
import type { MessageKey } from "../i18n/translate.js";
import type { DiagnosticFactory } from "./diagnostic.js";

/** Words for tokens in syntax error messages, in the factory's locale. */

/** Descriptions of an expected token that depend on the grammar rule it belongs to. */
const expectedInRule: Record<string, MessageKey> = {
  "ruleDeclaration:String": "syntax.describe.rule-name",
  "description:String": "syntax.describe.description-text",
  "step:Integer": "syntax.describe.step-number",
  "fragment:Identifier": "syntax.describe.fragment-name",
  "item:Identifier": "syntax.describe.fragment-name",
};

const expectedToken: Record<string, MessageKey> = {
  String: "syntax.describe.string",
  Integer: "syntax.describe.step-number",
  Identifier: "syntax.describe.action-name",
  EOF: "syntax.describe.end-of-file",
};

export function describeExpected(
  factory: DiagnosticFactory,
  rule: string,
  names: string[],
): string {
  const parts = names.map((name) => {
    const key = expectedInRule[`${rule}:${name}`] ?? expectedToken[name];
    if (key !== undefined) return factory.message(key);
    return factory.message("syntax.describe.token", { token: punctuationOrKeyword(name) });
  });
  if (parts.length <= 1) return parts[0] ?? "";
  const separator = factory.message("syntax.describe.list-separator");
  return factory.message("syntax.describe.or", {
    first: parts.slice(0, -1).join(separator),
    last: parts[parts.length - 1] ?? "",
  });
}

const punctuationByName: Record<string, string> = {
  LCurly: "{",
  RCurly: "}",
  Colon: ":",
  Comma: ",",
  Semicolon: ";",
};

function punctuationOrKeyword(name: string): string {
  return punctuationByName[name] ?? name.toLowerCase();
}

/** Maximum length of token text quoted in a message. Longer text is cut with an ellipsis. */
const MAX_QUOTED_LENGTH = 40;

function shorten(text: string): string {
  return text.length <= MAX_QUOTED_LENGTH ? text : `${text.slice(0, MAX_QUOTED_LENGTH)}…`;
}

export function describeFound(factory: DiagnosticFactory, token: IToken): string {
  if (token.tokenType === EOF) return factory.message("syntax.describe.end-of-file");
  if (token.tokenType.name === "String") return shorten(token.image);
  return factory.message("syntax.describe.token", { token: shorten(token.image) });
}

export function describePrevious(factory: DiagnosticFactory, token: IToken | undefined): string {
  if (token === undefined) return "";
  if (token.tokenType.name === "Integer") return factory.message("syntax.describe.step-number");
  if (token.tokenType.name === "String") return shorten(token.image);
  return factory.message("syntax.describe.token", { token: shorten(token.image) });
}
