import { describe, expect, it } from "vitest";
import { printContentAsIdrs } from "./print.js";

describe("printContentAsIdrs", () => {
  it("prints the service's example rule", () => {
    const content = [
      { sequence: 1, actions: [{ name: "id_card_recognize" }] },
      {
        sequence: 2,
        actions: [
          { name: "document_title_recognize" },
          { name: "flip_action_recognize" },
          { name: "sign_action_recognize" },
        ],
      },
      { sequence: 3, actions: [{ name: "sign_recognize" }] },
      { sequence: 0, actions: [{ name: "face_track" }, { name: "speech_to_text" }] },
    ];
    expect(
      printContentAsIdrs(content, "XX人寿 终身寿险 双录质检"),
    ).toBe(`rule "XX人寿 终身寿险 双录质检" {
  step 1: id_card_recognize
  step 2: document_title_recognize, flip_action_recognize, sign_action_recognize
  step 3: sign_recognize
  throughout: face_track, speech_to_text
}
`);
  });

  it("quotes names that are keywords or not identifiers", () => {
    const content = [
      {
        sequence: 4,
        actions: [
          { name: "use" },
          { name: "a b" },
          { name: 'x"y' },
          { name: "" },
          { name: "身份核验" },
        ],
      },
    ];
    expect(printContentAsIdrs(content, 'say "hi"')).toBe(
      'rule "say \\"hi\\"" {\n  step 4: "use", "a b", "x\\"y", "", 身份核验\n}\n',
    );
  });

  it("prints empty content and empty steps", () => {
    expect(printContentAsIdrs([], "a")).toBe('rule "a" {\n}\n');
    expect(printContentAsIdrs([{ sequence: 0, actions: [] }], "a")).toBe(
      'rule "a" {\n  throughout:\n}\n',
    );
  });

  it("puts long lists one action a line", () => {
    const actions = Array.from({ length: 6 }, (_, index) => ({
      name: `document_title_recognize_${index}`,
    }));
    const lines = printContentAsIdrs([{ sequence: 1, actions }], "a").split("\n");
    expect(lines.slice(0, 4)).toEqual([
      'rule "a" {',
      "  step 1:",
      "    document_title_recognize_0,",
      "    document_title_recognize_1,",
    ]);
  });

  it("rejects a sequence that .idrs cannot write", () => {
    for (const sequence of [-1, 1.5, Number.NaN, 2 ** 60]) {
      expect(() => printContentAsIdrs([{ sequence, actions: [] }], "a")).toThrow(RangeError);
    }
  });
});
