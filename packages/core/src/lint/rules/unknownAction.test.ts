import { describe, expect, it } from "vitest";
import { applyEdits, lintWith, rangeText } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { unknownAction } from "./unknownAction.js";

describe("unknown-action", () => {
  it("reports an unknown name with suggestions as fixes", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [{ name: "R", steps: [{ sequence: 1, items: ["sign_recognise"] }] }],
    });
    const [diagnostic, ...rest] = lintWith(unknownAction, [document]);

    expect(rest).toEqual([]);
    expect(diagnostic?.code).toBe("unknown-action");
    expect(diagnostic?.severity).toBe("error");
    expect(rangeText(document, diagnostic)).toBe("sign_recognise");
    expect(diagnostic?.args.suggestions).toContain("sign_recognize");
    const fix = diagnostic?.fixes.find(
      (candidate) => candidate.edits[0]?.newText === "sign_recognize",
    );
    expect(fix?.isPreferred).toBe(false);
    expect(applyEdits(document.text, fix?.edits)).toContain("step 1: sign_recognize\n");
  });

  it("checks fragment bodies and quoted names", () => {
    const document = buildIdrsDocument("a.idrs", {
      fragments: [{ name: "F", items: ["no such action"] }],
    });
    const diagnostics = lintWith(unknownAction, [document]);

    expect(diagnostics.map((diagnostic) => rangeText(document, diagnostic))).toEqual([
      '"no such action"',
    ]);
    expect(diagnostics[0]?.fixes).toEqual([]);
  });

  it("accepts every catalog action", () => {
    const document = buildIdrsDocument("a.idrs", {
      rules: [
        {
          name: "R",
          steps: [
            { sequence: 0, throughout: true, items: ["face_track", "speech_to_text"] },
            { sequence: 1, items: ["id_card_recognize"] },
          ],
        },
      ],
    });
    expect(lintWith(unknownAction, [document])).toEqual([]);
  });
});
