import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { stepActionInRecording } from "./stepActionInRecording.js";

describe("step-action-in-recording", () => {
  it("reports chapter actions in throughout", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            {
              sequence: 0,
              throughout: true,
              items: ["face_track", "sign_recognize", "unknown_one"],
            },
          ],
        },
      ],
    });
    const diagnostics = lintWith(stepActionInRecording, [document]);
    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual([
      "sign_recognize",
    ]);
  });

  it("accepts chapter actions in steps", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: ["sign_recognize"] }] }],
    });
    expect(lintWith(stepActionInRecording, [document])).toEqual([]);
  });
});
