import { describe, expect, it } from "vitest";
import {
  type CancellationToken,
  OperationCancelledError,
} from "../../packages/core/src/cancellation.js";
import { allLintRules } from "../../packages/core/src/lint/registry.js";
import { createLanguageServices } from "../../packages/core/src/services/index.js";
import { nodeFileSystem } from "./support/nodeFileSystem.js";

/** Creates a token that counts how often it is asked and reports cancellation from the `after`-th time on. */
function countingToken(after = Number.POSITIVE_INFINITY): CancellationToken & { asked: number } {
  return {
    asked: 0,
    get isCancellationRequested() {
      this.asked++;
      return this.asked > after;
    },
  };
}

function workspace() {
  const services = createLanguageServices();
  services.setDocument("a.idrs", 'rule "A" {\n  step 2: id_card_recognise, use F\n}\n');
  services.setDocument("b.idrs", "fragment F: sign_recognize\nfragment G: face_track");
  services.setDocument("c.rule.json", '{"name": "A", "content": [{"sequence": 1, "actions": []}]}');
  return services;
}

describe("cancellation", () => {
  it("throws OperationCancelledError for a cancelled token", async () => {
    const services = workspace();
    const cancelled = { isCancellationRequested: true };
    expect(() => services.check("a.idrs", cancelled)).toThrow(OperationCancelledError);
    expect(() => services.checkAll(cancelled)).toThrow(OperationCancelledError);
    await expect(
      createLanguageServices({ fileSystem: nodeFileSystem }).loadFolder(".", cancelled),
    ).rejects.toBeInstanceOf(OperationCancelledError);
  });

  it("checks the token between documents and between rules", () => {
    const token = countingToken();
    workspace().checkAll(token);
    const checkingRules = allLintRules().filter((rule) => rule.check).length;
    expect(token.asked).toBeGreaterThan(3 * checkingRules);
  });

  it("stops at every point and leaves the caches usable", () => {
    const expected = workspace().checkAll();
    const probe = countingToken();
    workspace().checkAll(probe);

    for (let after = 0; after < probe.asked; after++) {
      const services = workspace();
      expect(() => services.checkAll(countingToken(after))).toThrow(OperationCancelledError);
      expect(services.checkAll()).toEqual(expected);
    }
  });
});
