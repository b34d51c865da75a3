import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { recordingActionInStep } from "./recordingActionInStep.js";

describe("recording-action-in-step", () => {
  it("reports recording actions in chapter steps, also through fragments", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            { sequence: 1, items: ["face_track", "id_card_recognize"] },
            { sequence: 2, items: [{ use: "F" }] },
          ],
        },
      ],
      fragments: [{ name: "F", items: ["speech_to_text"] }],
    });
    const diagnostics = lintWith(recordingActionInStep, [document]);
    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual([
      "face_track",
      "use F",
    ]);
  });

  it("accepts recording actions in throughout", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [{ sequence: 0, throughout: true, items: ["face_track", "speech_to_text"] }],
        },
      ],
    });
    expect(lintWith(recordingActionInStep, [document])).toEqual([]);
  });
});
