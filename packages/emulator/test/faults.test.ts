import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { checkFaultSpec, FaultController, type FaultKind } from "@idrs-rules/emulator";
import { afterEach, describe, expect, it } from "vitest";
import { callApi, recordingLogger, TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

describe("FaultController", () => {
  it("fires a counted fault that many times", () => {
    const faults = new FaultController({ rules: [{ kind: "throttling", times: 2 }] });
    const outcomes = [1, 2, 3].map(() => faults.decide("ListRules").outcome);

    expect(outcomes).toEqual(["throttling", "throttling", undefined]);
    expect(faults.list()).toEqual([]);
  });

  it("fires only for its action", () => {
    const faults = new FaultController({ rules: [{ kind: "drop", action: "CreateRule" }] });
    expect(faults.decide("ListRules").outcome).toBeUndefined();
    expect(faults.decide("CreateRule").outcome).toBe("drop");
    expect(faults.list()[0]?.fired).toBe(1);
  });

  it("adds delays and lets the first other fault decide", () => {
    const faults = new FaultController({
      rules: [
        { kind: "delay", delayMs: 5 },
        { kind: "internalError", times: 1 },
        { kind: "serviceUnavailable", times: 1 },
        { kind: "delay", delayMs: 7 },
      ],
    });

    expect(faults.decide("GetRule")).toEqual({ delayMs: 12, outcome: "internalError" });
    expect(faults.decide("GetRule")).toEqual({ delayMs: 12, outcome: "serviceUnavailable" });
    expect(faults.decide("GetRule")).toEqual({ delayMs: 12 });
  });

  it("repeats the same random choices for the same seed", () => {
    const draw = (seed: number) => {
      const faults = new FaultController({
        seed,
        rules: [{ kind: "throttling", probability: 0.5 }],
      });
      return Array.from({ length: 40 }, () => faults.decide("ListRules").outcome ?? "ok");
    };

    const first = draw(42);
    expect(draw(42)).toEqual(first);
    expect(first).toContain("throttling");
    expect(first).toContain("ok");
    expect(draw(7)).not.toEqual(first);
  });

  it("never fires at probability 0", () => {
    const faults = new FaultController({ rules: [{ kind: "drop", probability: 0 }] });
    const outcomes = Array.from({ length: 50 }, () => faults.decide("ListRules").outcome);
    expect(outcomes.every((outcome) => outcome === undefined)).toBe(true);
  });

  it.each([
    [{ kind: "explode" }, "Unknown fault kind"],
    [{ kind: "delay" }, "delayMs"],
    [{ kind: "drop", times: 0 }, "times"],
    [{ kind: "drop", probability: 1.5 }, "probability"],
    [{ kind: "drop", action: 3 }, "action"],
    ["throttling", "must be an object"],
  ])("rejects the invalid fault %o", (spec, message) => {
    expect(() => checkFaultSpec(spec)).toThrow(message);
  });
});

describe("injected errors", () => {
  it.each([
    ["throttling", 400, "Throttling.User"],
    ["internalError", 500, "InternalError"],
    ["serviceUnavailable", 503, "ServiceUnavailable"],
  ] as const)("%s answers %i %s once", async (kind, status, code) => {
    const emulator = await bed.start({ faults: { rules: [{ kind, times: 1 }] } });

    const failed = await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" });
    expect(failed.status).toBe(status);
    expect(failed.body.Code).toBe(code);
    expect(emulator.store.list()).toHaveLength(0);

    const next = await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" });
    expect(next.status).toBe(200);
  });

  it("limits a runtime fault to one action", async () => {
    const emulator = await bed.start();
    emulator.faults.add({ kind: "serviceUnavailable", action: "CreateRule" });

    expect((await callApi(emulator, "ListRules")).status).toBe(200);
    expect((await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" })).status).toBe(503);
    expect((await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" })).status).toBe(503);

    emulator.faults.clear();
    expect((await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" })).status).toBe(200);
  });

  it("follows the seeded pattern over HTTP", async () => {
    const statuses = async () => {
      const emulator = await bed.start({
        faults: { seed: 42, rules: [{ kind: "throttling", probability: 0.5 }] },
      });
      const result: number[] = [];
      for (let index = 0; index < 20; index++) {
        result.push((await callApi(emulator, "ListRules")).status);
      }
      return result;
    };

    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 400]));
  });
});

describe("dropped connections", () => {
  it("drop closes the connection without applying the write", async () => {
    const emulator = await bed.start({ faults: { rules: [{ kind: "drop", times: 1 }] } });

    await expect(callApi(emulator, "CreateRule", { Name: "n", Content: "{}" })).rejects.toThrow();
    expect(emulator.store.list()).toHaveLength(0);
  });

  it("dropAfterCommit applies and saves the write, then closes", async () => {
    const dataFile = join(await bed.folder(), "rules.json");
    const emulator = await bed.start({
      dataFile,
      faults: { rules: [{ kind: "dropAfterCommit", action: "CreateRule", times: 1 }] },
    });

    await expect(
      callApi(emulator, "CreateRule", { Name: "unclear", Content: "{}" }),
    ).rejects.toThrow();
    expect(emulator.store.list().map((rule) => rule.Name)).toEqual(["unclear"]);
    const saved = JSON.parse(await readFile(dataFile, "utf8"));
    expect(saved.rules.map((rule: { Name: string }) => rule.Name)).toEqual(["unclear"]);
  });

  it("dropAfterCommit lets a ClientToken retry find the rule", async () => {
    const emulator = await bed.start({
      faults: { rules: [{ kind: "dropAfterCommit", times: 1 }] },
    });
    const params = { Name: "n", Content: "{}", ClientToken: "retry-me" };

    await expect(callApi(emulator, "CreateRule", params)).rejects.toThrow();
    const retry = await callApi(emulator, "CreateRule", params);

    expect(retry.status).toBe(200);
    expect(retry.body.Data.Id).toBe(emulator.store.list()[0]?.Id);
    expect(emulator.store.list()).toHaveLength(1);
  });
});

describe("delay", () => {
  it("answers normally after a short delay", async () => {
    const { lines, logger } = recordingLogger();
    const emulator = await bed.start({
      logger,
      faults: { rules: [{ kind: "delay", delayMs: 5 }] },
    });

    expect((await callApi(emulator, "ListRules")).status).toBe(200);
    expect(lines.some((line) => line.message.includes("fault=delay"))).toBe(true);
  });

  it("holds the write back while the request waits", async () => {
    let announceDelay: () => void = () => {};
    const delayStarted = new Promise<void>((resolve) => {
      announceDelay = resolve;
    });
    const logger = {
      ...recordingLogger().logger,
      debug: (message: string) => {
        if (message.includes("delay")) announceDelay();
      },
    };
    const emulator = await bed.start({
      logger,
      faults: { rules: [{ kind: "delay", delayMs: 600_000 }] },
    });

    const pending = callApi(emulator, "CreateRule", { Name: "slow", Content: "{}" });
    const settled = pending.then(
      () => "answered",
      () => "dropped",
    );
    await delayStarted;
    expect(emulator.store.list()).toHaveLength(0);

    // Closing cuts the delay short; the request never runs and its connection is closed.
    await emulator.close();
    expect(await settled).toBe("dropped");
    expect(emulator.store.list()).toHaveLength(0);
  });
});

describe("request log", () => {
  it("names the fault that changed the outcome", async () => {
    const kinds: FaultKind[] = ["throttling", "drop"];
    const { lines, logger } = recordingLogger();
    const emulator = await bed.start({ logger });

    for (const kind of kinds) {
      emulator.faults.add({ kind, times: 1 });
      await callApi(emulator, "ListRules").catch(() => undefined);
    }

    const requestLines = lines.filter(
      (line) => line.level === "info" && line.message.startsWith("ListRules"),
    );
    expect(requestLines[0]?.message).toMatch(
      /^ListRules 400 Throttling\.User requestId=\S+ \d+ms fault=throttling$/,
    );
    expect(requestLines[1]?.message).toMatch(
      /^ListRules - dropped requestId=\S+ \d+ms fault=drop$/,
    );
  });
});
