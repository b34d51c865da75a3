import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { callApi, rawRequest, recordingLogger, TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

function postFaults(url: string, body: unknown) {
  return rawRequest(url, {
    path: "/_emulator/faults",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json" },
  });
}

describe("control endpoints", () => {
  it("lists stored rules without a signature", async () => {
    const emulator = await bed.start();
    await callApi(emulator, "CreateRule", { Name: "seen", Content: "{}", ClientToken: "t" });

    const result = await rawRequest(emulator.url, { method: "GET", path: "/_emulator/rules" });
    expect(result.status).toBe(200);
    expect(result.body.rules.map((rule: { Name: string }) => rule.Name)).toEqual(["seen"]);
    expect(result.body.clientTokens).toBe(1);
  });

  it("replaces, appends, lists and clears faults", async () => {
    const emulator = await bed.start();

    const replaced = await postFaults(emulator.url, { rules: [{ kind: "throttling", times: 1 }] });
    expect(replaced.status).toBe(200);
    expect(replaced.body.faults).toHaveLength(1);

    await postFaults(emulator.url, { append: true, rules: [{ kind: "delay", delayMs: 1 }] });
    const listed = await rawRequest(emulator.url, { method: "GET", path: "/_emulator/faults" });
    expect(listed.body.faults.map((fault: { kind: string }) => fault.kind)).toEqual([
      "throttling",
      "delay",
    ]);

    expect((await callApi(emulator, "ListRules")).body.Code).toBe("Throttling.User");

    const cleared = await rawRequest(emulator.url, { method: "DELETE", path: "/_emulator/faults" });
    expect(cleared.body.faults).toEqual([]);
    expect(emulator.faults.list()).toEqual([]);
  });

  it("rejects an invalid fault and keeps the current ones", async () => {
    const emulator = await bed.start({ faults: { rules: [{ kind: "drop", action: "GetRule" }] } });

    const result = await postFaults(emulator.url, {
      rules: [{ kind: "throttling" }, { kind: "nope" }],
    });
    expect(result.status).toBe(400);
    expect(result.body.error).toContain("Unknown fault kind");
    expect(emulator.faults.list().map((fault) => fault.kind)).toEqual(["drop"]);
  });

  it("rejects a body that is not JSON", async () => {
    const emulator = await bed.start();
    const result = await rawRequest(emulator.url, { path: "/_emulator/faults", body: "kind=drop" });
    expect(result.status).toBe(400);
    expect(result.body.error).toContain("Invalid fault request");
  });

  it("answers 404 for an unknown control path", async () => {
    const emulator = await bed.start();
    const result = await rawRequest(emulator.url, { method: "GET", path: "/_emulator/secrets" });
    expect(result.status).toBe(404);
  });
});

describe("request log", () => {
  it("writes one line per request without secrets or signed values", async () => {
    const key = { id: "log-id", secret: "log-secret-value", securityToken: "log-token-value" };
    const { lines, logger } = recordingLogger();
    const emulator = await bed.start({ accessKeys: [key], logger });

    const created = await callApi(emulator, "CreateRule", {
      Name: "机密名称",
      Content: "secret-content",
    });
    await callApi(emulator, "GetRule", { Id: "unknown" });
    await callApi(emulator, "ListRules", {}, { key: { ...key, secret: "wrong-secret" } });

    const requestLines = lines.filter(
      (line) => line.level === "info" && /^\w+ \d{3} /.test(line.message),
    );
    expect(requestLines.map((line) => line.message.split(" ").slice(0, 3).join(" "))).toEqual([
      "CreateRule 200 OK",
      "GetRule 404 ResourceNotFound",
      "ListRules 400 SignatureDoesNotMatch",
    ]);
    expect(requestLines[0]?.message).toContain(`requestId=${created.body.RequestId}`);

    const everything = lines.map((line) => line.message).join("\n");
    for (const secret of [
      "log-secret-value",
      "wrong-secret",
      "log-token-value",
      "secret-content",
      "机密名称",
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(everything).not.toContain("Signature=");
  });
});

describe("aborted request", () => {
  it("is logged as client-closed", async () => {
    let announceLine: (line: string) => void = () => {};
    const logged = new Promise<string>((resolve) => {
      announceLine = resolve;
    });
    const logger = {
      ...recordingLogger().logger,
      info: (message: string) => {
        if (message.includes("requestId=")) announceLine(message);
      },
    };
    const emulator = await bed.start({ logger });

    const outgoing = request(new URL(emulator.url), {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": "1000" },
    });
    outgoing.on("error", () => undefined);
    outgoing.write("Action=ListRules", () => outgoing.destroy());

    expect(await logged).toMatch(/^- - client-closed requestId=/);
    expect((await callApi(emulator, "ListRules")).status).toBe(200);
  });
});
