import { describe, expect, it } from "vitest";
import { createLanguageServices } from "../../packages/core/src/services/index.js";

/** Prints a `.rule.json` text with the given name and steps (`[sequence, ...action names]`). */
function ruleFile(name: string, ...steps: Array<[number, ...string[]]>): string {
  const content = steps.map(([sequence, ...actions]) => ({
    sequence,
    actions: actions.map((action) => ({ name: action })),
  }));
  return JSON.stringify({ name, content });
}

const good = ruleFile(
  "终身寿险",
  [0, "face_track"],
  [1, "id_card_recognize"],
  [2, "sign_recognize"],
);

const cases: Array<{
  code: string;
  bad: string;
  files?: Record<string, string>;
  limits?: { maxContentBytes?: number };
}> = [
  { code: "unknown-action", bad: ruleFile("R", [1, "id_card_recognise"]) },
  { code: "duplicate-step", bad: ruleFile("R", [1, "id_card_recognize"], [1, "sign_recognize"]) },
  { code: "step-gap", bad: ruleFile("R", [2, "id_card_recognize"]) },
  { code: "empty-step", bad: ruleFile("R", [1]) },
  { code: "duplicate-action", bad: ruleFile("R", [1, "sign_recognize", "sign_recognize"]) },
  { code: "recording-action-in-step", bad: ruleFile("R", [1, "speech_to_text"]) },
  { code: "step-action-in-recording", bad: ruleFile("R", [0, "id_card_recognize"]) },
  { code: "sdk-only-action", bad: ruleFile("R", [1, "static_hand_recognize"]) },
  { code: "empty-rule-name", bad: ruleFile("", [1, "id_card_recognize"]) },
  { code: "rule-name-whitespace", bad: ruleFile("终身寿险\u3000", [1, "id_card_recognize"]) },
  { code: "rule-name-too-long", bad: ruleFile("长".repeat(65), [1, "id_card_recognize"]) },
  { code: "empty-rule", bad: ruleFile("R") },
  {
    code: "duplicate-rule-name",
    bad: ruleFile("终身寿险", [1, "sign_recognize"]),
    files: { "other.idrs": 'rule "终身寿险" { step 1: sign_recognize }' },
  },
  {
    code: "content-too-large",
    bad: ruleFile("R", [1, "id_card_recognize", "sign_recognize"]),
    limits: { maxContentBytes: 64 },
  },
];

function check(
  text: string,
  files: Record<string, string> = {},
  limits: { maxContentBytes?: number } = {},
) {
  const services = createLanguageServices({ config: { limits } });
  for (const [uri, other] of Object.entries(files)) services.setDocument(uri, other);
  services.setDocument("rule.rule.json", text);
  return services.check("rule.rule.json").map((diagnostic) => diagnostic.code);
}

describe("lint rules on .rule.json files", () => {
  it.each(cases)("$code fires on a bad file", ({ code, bad, files, limits }) => {
    expect(check(bad, files, limits)).toContain(code);
  });

  it.each(cases)("$code stays silent on a good file", ({ files, limits }) => {
    expect(
      check(
        good,
        files ? { "other.idrs": 'rule "定期寿险" { step 1: sign_recognize }' } : {},
        limits ? { maxContentBytes: 65536 } : {},
      ),
    ).toEqual([]);
  });

  it("offers the rename fix inside the JSON string", () => {
    const services = createLanguageServices();
    const text = ruleFile(" 终身寿险", [1, "id_card_recognize"]);
    services.setDocument("rule.rule.json", text);
    const [diagnostic] = services.check("rule.rule.json");
    const edit = diagnostic?.fixes[0]?.edits[0];
    expect(
      edit && text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end),
    ).toBe(ruleFile("终身寿险", [1, "id_card_recognize"]));
  });

  it.each([
    [ruleFile("R", [1, "sign_recognize", "sign_recognize"]), ruleFile("R", [1, "sign_recognize"])],
    [
      '{"name": "R", "content": [{"sequence": 1, "actions": [\n  { "name": "a" },\n  { "name": "b" },\n  { "name": "a" }\n]}]}',
      '{"name": "R", "content": [{"sequence": 1, "actions": [\n  { "name": "a" },\n  { "name": "b" }\n]}]}',
    ],
  ])("removes a repeated action object from %s", (text, expected) => {
    const services = createLanguageServices();
    services.setDocument("rule.rule.json", text);
    const fix = services
      .check("rule.rule.json")
      .find((diagnostic) => diagnostic.code === "duplicate-action")?.fixes[0];
    const edit = fix?.edits[0];
    expect(
      edit && text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end),
    ).toBe(expected);
  });
});
