import { describe, expect, it } from "vitest";
import { lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { sdkOnlyAction } from "./sdkOnlyAction.js";

describe("sdk-only-action", () => {
  it("reports actions with status sdk-only", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        { name: "R", steps: [{ sequence: 1, items: ["id_card_recognize", "face_recognize"] }] },
      ],
      fragments: [{ name: "F", items: ["liveness_track"] }],
    });
    const diagnostics = lintWith(sdkOnlyAction, [document]);

    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual([
      "face_recognize",
      "liveness_track",
    ]);
    expect(diagnostics[0]?.severity).toBe("warning");
  });

  it("ignores confirmed and unknown actions", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: ["sign_recognize", "nope"] }] }],
    });
    expect(lintWith(sdkOnlyAction, [document])).toEqual([]);
  });
});
