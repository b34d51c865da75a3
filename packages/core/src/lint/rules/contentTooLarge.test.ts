import { describe, expect, it } from "vitest";
import { lintWith } from "../../../../../test/core/support/lintHarness.js";
import { buildIdrsDocument } from "../../../../../test/core/support/modelBuilder.js";
import { contentTooLarge } from "./contentTooLarge.js";

describe("content-too-large", () => {
  const document = buildIdrsDocument("a.idrs", {
    rules: [{ name: "R", steps: [{ sequence: 1, items: ["签名识别", { use: "F" }] }] }],
    fragments: [{ name: "F", items: ["b"] }],
  });
  // [{"sequence":1,"actions":[{"name":"签名识别"},{"name":"b"}]}]: 53 ASCII characters + 4 Chinese characters × 3 bytes.
  const size = 65;

  it("measures the compiled content in UTF-8 bytes, fragments inlined", () => {
    const diagnostics = lintWith(contentTooLarge, [document], {
      limits: { maxContentBytes: size - 1 },
    });
    expect(diagnostics.map((diagnostic) => diagnostic.args.bytes)).toEqual([size]);
  });

  it("accepts content at the limit and under the default", () => {
    expect(lintWith(contentTooLarge, [document], { limits: { maxContentBytes: size } })).toEqual(
      [],
    );
    expect(lintWith(contentTooLarge, [document])).toEqual([]);
  });
});
