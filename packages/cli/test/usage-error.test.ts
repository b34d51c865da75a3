import { describe, expect, it } from "vitest";
import { UsageError } from "../src/cli/errors.js";

describe("UsageError", () => {
  it("matches a bundled copy's errors", () => {
    // What a bundled copy of the class produces: another class, the same registered brand.
    class BundledUsageError extends Error {
      readonly [Symbol.for("idrs-rules.UsageError")] = true;
    }
    expect(new BundledUsageError("bad path")).toBeInstanceOf(UsageError);
    expect(new UsageError("bad option")).toBeInstanceOf(UsageError);
    expect(new UsageError("bad option")).toBeInstanceOf(Error);
  });

  it("rejects other errors and values", () => {
    expect(new Error("bug")).not.toBeInstanceOf(UsageError);
    expect(Object.assign(new Error("x"), { name: "UsageError" })).not.toBeInstanceOf(UsageError);
    expect(null instanceof UsageError).toBe(false);
    expect("UsageError" instanceof UsageError).toBe(false);
  });
});
