import { describe, expect, it } from "vitest";
import { createLanguageServices } from "../../packages/core/src/services/index.js";

/**
 * One mistake in a `.rule.json` file gives one diagnostic, at the text that is wrong. Each
 * case is a valid rule file with one thing broken.
 */
const step1 = '{"sequence": 1, "actions": [{"name": "id_card_recognize"}]}';
const step3 = '{"sequence": 3, "actions": [{"name": "sign_recognize"}]}';
const ruleWith = (content: string) => `{"name": "终身寿险", "content": ${content}}`;

/** `at` is the text the diagnostic covers; `after` is the text just before it, when `at` repeats. */
const cases: Array<{ mistake: string; text: string; code: string; at: string; after?: string }> = [
  // The file as a whole
  { mistake: "empty file", text: "", code: "invalid-json", at: "" },
  { mistake: "trailing comma", text: '{"name": "a",}', code: "invalid-json", at: "," },
  { mistake: "a number, not an object", text: "5", code: "invalid-content", at: "5" },
  { mistake: "a bare content array", text: `[${step1}]`, code: "invalid-content", at: "[" },
  {
    mistake: "an unknown root property",
    text: `{"name": "a", "x": 1, "content": [${step1}]}`,
    code: "unknown-property",
    at: '"x"',
  },
  {
    mistake: "a repeated root key",
    text: `{"name": "a", "name": "b", "content": [${step1}]}`,
    code: "invalid-content",
    at: '"name"',
    after: '"a", ',
  },
  {
    mistake: "a repeated content key",
    text: `{"name": "a", "content": [${step1}], "content": []}`,
    code: "invalid-content",
    at: '"content"',
    after: "], ",
  },

  // The name
  { mistake: "no name", text: `{"content": [${step1}]}`, code: "invalid-content", at: "{" },
  {
    mistake: "a numeric name",
    text: `{"name": 5, "content": [${step1}]}`,
    code: "invalid-content",
    at: "5",
  },
  {
    mistake: "a null name",
    text: `{"name": null, "content": [${step1}]}`,
    code: "invalid-content",
    at: "null",
  },
  {
    mistake: "an object as name",
    text: `{"name": {"zh-CN": "a"}, "content": [${step1}]}`,
    code: "invalid-content",
    at: '{"zh-CN": "a"}',
  },
  {
    mistake: "an empty name",
    text: `{"name": "", "content": [${step1}]}`,
    code: "empty-rule-name",
    at: '""',
  },
  {
    mistake: "a blank name",
    text: `{"name": " \u3000", "content": [${step1}]}`,
    code: "empty-rule-name",
    at: '" \u3000"',
  },
  {
    mistake: "a name with a trailing blank",
    text: `{"name": "终身寿险\u3000", "content": [${step1}]}`,
    code: "rule-name-whitespace",
    at: '"终身寿险\u3000"',
  },
  {
    mistake: "a numeric description",
    text: `{"name": "a", "description": 5, "content": [${step1}]}`,
    code: "invalid-content",
    at: "5",
  },
  {
    mistake: "a numeric $schema",
    text: `{"$schema": 5, "name": "a", "content": [${step1}]}`,
    code: "invalid-content",
    at: "5",
  },

  // The content
  { mistake: "no content", text: '{"name": "a"}', code: "invalid-content", at: "{" },
  { mistake: "content an object", text: ruleWith("{}"), code: "invalid-content", at: "{}" },
  { mistake: "content a string", text: ruleWith('"[]"'), code: "invalid-content", at: '"[]"' },
  { mistake: "content empty", text: ruleWith("[]"), code: "empty-rule", at: '"终身寿险"' },
  { mistake: "a step not an object", text: ruleWith("[5]"), code: "invalid-content", at: "5" },

  // A step
  {
    mistake: "the only step without sequence",
    text: ruleWith('[{"actions": [{"name": "id_card_recognize"}]}]'),
    code: "invalid-content",
    at: "{",
    after: '"content": [',
  },
  {
    mistake: "a middle step without sequence",
    text: ruleWith(`[${step1}, {"actions": [{"name": "sign_recognize"}]}, ${step3}]`),
    code: "invalid-content",
    at: "{",
    after: `${step1}, `,
  },
  {
    mistake: "the first step without sequence",
    text: ruleWith(
      '[{"actions": [{"name": "id_card_recognize"}]}, {"sequence": 2, "actions": [{"name": "sign_recognize"}]}]',
    ),
    code: "invalid-content",
    at: "{",
    after: '"content": [',
  },
  {
    mistake: "a sequence as a string",
    text: ruleWith(
      `[${step1}, {"sequence": "2", "actions": [{"name": "sign_recognize"}]}, ${step3}]`,
    ),
    code: "invalid-content",
    at: '"2"',
  },
  {
    mistake: "a negative sequence",
    text: ruleWith('[{"sequence": -1, "actions": [{"name": "id_card_recognize"}]}]'),
    code: "invalid-content",
    at: "-1",
  },
  {
    mistake: "a fractional sequence",
    text: ruleWith('[{"sequence": 1.5, "actions": [{"name": "id_card_recognize"}]}]'),
    code: "invalid-content",
    at: "1.5",
  },
  {
    mistake: "a middle entry not an object",
    text: ruleWith(`[${step1}, 2, ${step3}]`),
    code: "invalid-content",
    at: "2",
  },
  {
    mistake: "a step without actions",
    text: ruleWith(`[${step1}, {"sequence": 2}, ${step3}]`),
    code: "invalid-content",
    at: "{",
    after: `${step1}, `,
  },
  {
    mistake: "actions an object",
    text: ruleWith('[{"sequence": 1, "actions": {}}]'),
    code: "invalid-content",
    at: "{}",
  },
  {
    mistake: "actions a string",
    text: ruleWith('[{"sequence": 1, "actions": "id_card_recognize"}]'),
    code: "invalid-content",
    at: '"id_card_recognize"',
  },
  {
    mistake: "actions null",
    text: ruleWith('[{"sequence": 1, "actions": null}]'),
    code: "invalid-content",
    at: "null",
  },
  {
    mistake: "actions empty",
    text: ruleWith('[{"sequence": 1, "actions": []}]'),
    code: "empty-step",
    at: "1",
    after: '{"sequence": ',
  },
  {
    mistake: "an unknown step property",
    text: ruleWith('[{"sequence": 1, "title": "t", "actions": [{"name": "id_card_recognize"}]}]'),
    code: "unknown-property",
    at: '"title"',
  },
  {
    mistake: "a repeated step",
    text: ruleWith(`[${step1}, ${step1}]`),
    code: "duplicate-step",
    at: "1",
    after: `${step1}, {"sequence": `,
  },
  { mistake: "a gap", text: ruleWith(`[${step1}, ${step3}]`), code: "step-gap", at: "3" },

  // An action
  {
    mistake: "an action as a string",
    text: ruleWith('[{"sequence": 1, "actions": ["id_card_recognize"]}]'),
    code: "invalid-content",
    at: '"id_card_recognize"',
  },
  {
    mistake: "an action without name",
    text: ruleWith('[{"sequence": 1, "actions": [{}]}]'),
    code: "invalid-content",
    at: "{",
    after: '"actions": [',
  },
  {
    mistake: "a numeric action name",
    text: ruleWith('[{"sequence": 1, "actions": [{"name": 5}]}]'),
    code: "invalid-content",
    at: "5",
  },
  {
    mistake: "an empty action name",
    text: ruleWith('[{"sequence": 1, "actions": [{"name": ""}]}]'),
    code: "invalid-content",
    at: '""',
  },
  {
    mistake: "a null action",
    text: ruleWith('[{"sequence": 1, "actions": [null]}]'),
    code: "invalid-content",
    at: "null",
  },
  {
    mistake: "an unknown action property",
    text: ruleWith('[{"sequence": 1, "actions": [{"name": "id_card_recognize", "x": 1}]}]'),
    code: "unknown-property",
    at: '"x"',
  },
  {
    mistake: "a misspelt action",
    text: ruleWith('[{"sequence": 1, "actions": [{"name": "id_card_recognise"}]}]'),
    code: "unknown-action",
    at: '"id_card_recognise"',
  },
];

describe("one mistake in a rule file", () => {
  it.each(cases)("$mistake gives one $code", ({ text, code, at, after = "" }) => {
    const services = createLanguageServices();
    services.setDocument("终身寿险.rule.json", text);

    const diagnostics = services.check("终身寿险.rule.json");
    expect(diagnostics.map((d) => d.code)).toEqual([code]);
    const start = text.indexOf(after + at) + after.length;
    expect(diagnostics[0]?.range).toEqual({ start, end: start + at.length });
  });
});
