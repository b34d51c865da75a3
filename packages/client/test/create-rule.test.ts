import { afterEach, describe, expect, it } from "vitest";
import { type IdrsApiError, IdrsNetworkError, sameContent } from "../src/index.js";
import { FakeRuleService } from "./fake-rule-service.js";
import { type FakeServer, failure, startFakeServer } from "./fake-server.js";
import { SAMPLE_CONTENT, testClient } from "./helpers.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function start(service: FakeRuleService) {
  server = await startFakeServer(service.handle);
  return server;
}

const actions = (fake: FakeServer) => fake.requests.map((request) => request.action);

describe("createRule", () => {
  it("always sends a ClientToken", async () => {
    const service = new FakeRuleService();
    const fake = await start(service);
    const { client } = testClient(fake.url);

    await client.createRule({ name: "a", content: SAMPLE_CONTENT });

    expect(fake.requests[0]?.form.ClientToken).toBe("nonce-1");
  });

  it("finds a rule created by a dropped attempt", async () => {
    const service = new FakeRuleService();
    // The first CreateRule is processed, but the connection drops before the response.
    service.fault = (request, index) => {
      if (index === 0 && request.action === "CreateRule") {
        service.addRule(request.params.Name ?? "", request.params.Content ?? "");
        return { drop: "before-response" };
      }
      return undefined;
    };
    const fake = await start(service);
    const { client, logs } = testClient(fake.url);

    const rule = await client.createRule({ name: "终身寿险", content: SAMPLE_CONTENT });

    expect(service.rules).toHaveLength(1);
    expect(rule.id).toBe(service.rules[0]?.id);
    expect(actions(fake)).toEqual(["CreateRule", "ListRules"]);
    expect(logs.map((line) => line.message)).toContain(
      `Rule 终身寿险 exists with ID ${rule.id}; CreateRule is not sent again`,
    );
  });

  it("finds a rule after a 500 that created it", async () => {
    const service = new FakeRuleService();
    service.fault = (request, index) => {
      if (index === 0) {
        service.addRule(request.params.Name ?? "", request.params.Content ?? "");
        return failure(500, "InternalServerError");
      }
      return undefined;
    };
    const fake = await start(service);
    const { client } = testClient(fake.url);

    await client.createRule({ name: "n", content: "[]" });

    expect(service.rules).toHaveLength(1);
    expect(actions(fake)).toEqual(["CreateRule", "ListRules"]);
  });

  it("resends with the same ClientToken after a timeout", async () => {
    const service = new FakeRuleService();
    service.fault = (_request, index) => (index === 0 ? { hang: true } : undefined);
    const fake = await start(service);
    const { client } = testClient(fake.url, { timeoutMs: 50 });

    const rule = await client.createRule({ name: "n", content: "[]", clientToken: "token-7" });

    expect(service.rules.map((r) => r.id)).toEqual([rule.id]);
    expect(actions(fake)).toEqual(["CreateRule", "ListRules", "CreateRule"]);
    const tokens = fake.requests
      .filter((r) => r.action === "CreateRule")
      .map((r) => r.form.ClientToken);
    expect(tokens).toEqual(["token-7", "token-7"]);
  });

  it("retries throttling without a lookup", async () => {
    const service = new FakeRuleService();
    service.fault = (_request, index) =>
      index === 0 ? failure(400, "Throttling.User") : undefined;
    const fake = await start(service);
    const { client } = testClient(fake.url);

    await client.createRule({ name: "n", content: "[]" });

    expect(actions(fake)).toEqual(["CreateRule", "CreateRule"]);
    expect(fake.requests[1]?.form.ClientToken).toBe(fake.requests[0]?.form.ClientToken);
  });

  it("never resends when the lookup fails", async () => {
    const service = new FakeRuleService();
    service.fault = (request) =>
      request.action === "CreateRule"
        ? failure(503, "ServiceUnavailable")
        : failure(403, "Forbidden");
    const fake = await start(service);
    const { client } = testClient(fake.url);

    const error = (await client
      .createRule({ name: "规则A", content: "[]" })
      .catch((e: unknown) => e)) as IdrsApiError;

    expect(error.code).toBe("ServiceUnavailable");
    expect(error.outcomeUnknown).toBe(true);
    expect(error.hint.en).toContain("It is unknown whether rule 规则A was created.");
    expect(error.hint["zh-CN"]).toContain("无法确定规则 规则A 是否已创建");
    expect(actions(fake)).toEqual(["CreateRule", "ListRules"]);
  });

  it("does one last lookup when retries run out", async () => {
    const service = new FakeRuleService();
    let creates = 0;
    service.fault = (request) => {
      if (request.action !== "CreateRule") {
        return undefined;
      }
      creates++;
      if (creates === 2) {
        service.addRule(request.params.Name ?? "", request.params.Content ?? "");
      }
      return { drop: "before-response" };
    };
    const fake = await start(service);
    const { client } = testClient(fake.url, { maxRetries: 1 });

    const rule = await client.createRule({ name: "n", content: "[]" });

    expect(rule.id).toBe(service.rules[0]?.id);
    expect(actions(fake)).toEqual(["CreateRule", "ListRules", "CreateRule", "ListRules"]);
  });

  it("throws when no attempt created the rule", async () => {
    const service = new FakeRuleService();
    service.fault = (request) =>
      request.action === "CreateRule" ? { drop: "before-response" } : undefined;
    const fake = await start(service);
    const { client } = testClient(fake.url, { maxRetries: 2 });

    const error = (await client
      .createRule({ name: "n", content: "[]" })
      .catch((e: unknown) => e)) as IdrsNetworkError;

    expect(error).toBeInstanceOf(IdrsNetworkError);
    expect(error.outcomeUnknown).toBe(false);
    expect(service.rules).toHaveLength(0);
    expect(actions(fake).filter((a) => a === "CreateRule")).toHaveLength(3);
  });

  it("does not retry a rejected create", async () => {
    const service = new FakeRuleService();
    service.fault = () => failure(400, "InvalidParameter", "Content is invalid");
    const fake = await start(service);
    const { client } = testClient(fake.url);

    const error = (await client
      .createRule({ name: "n", content: "[]" })
      .catch((e: unknown) => e)) as IdrsApiError;

    expect(error.code).toBe("InvalidParameter");
    expect(error.outcomeUnknown).toBe(false);
    expect(actions(fake)).toEqual(["CreateRule"]);
  });

  it("matches stored content with other whitespace", async () => {
    const service = new FakeRuleService();
    service.fault = (request, index) => {
      if (index === 0) {
        service.addRule(
          request.params.Name ?? "",
          JSON.stringify(JSON.parse(request.params.Content ?? ""), null, 2),
        );
        return { drop: "before-response" };
      }
      return undefined;
    };
    const fake = await start(service);
    const { client } = testClient(fake.url);

    await client.createRule({ name: "n", content: SAMPLE_CONTENT });

    expect(service.rules).toHaveLength(1);
  });

  it("ignores a rule with the same name but other content", async () => {
    const service = new FakeRuleService();
    service.addRule("n", "[]");
    service.fault = (_request, index) => (index === 0 ? { drop: "before-response" } : undefined);
    const fake = await start(service);
    const { client } = testClient(fake.url);

    const rule = await client.createRule({ name: "n", content: SAMPLE_CONTENT });

    expect(service.rules).toHaveLength(2);
    expect(rule.content).toBe(SAMPLE_CONTENT);
  });
});

describe("sameContent", () => {
  it.each([
    ["[]", "[]", true],
    ['[ {"a" : 1} ]', '[{"a":1}]', true],
    ['{"a":1,"b":2}', '{"b":2,"a":1}', false],
    ["not json", "not json", true],
    ["not json", "[]", false],
  ])("compares %s with %s", (stored, sent, expected) => {
    expect(sameContent(stored, sent)).toBe(expected);
  });
});

describe("createRule cancellation", () => {
  it("flags an unknown outcome when cancelled during the backoff", async () => {
    const service = new FakeRuleService();
    service.fault = () => ({ drop: "before-response" });
    server = await startFakeServer(service.handle);
    const controller = new AbortController();
    const { client } = testClient(server.url, {
      sleep: async (_ms, signal) => {
        controller.abort();
        signal?.throwIfAborted();
      },
    });

    const error = (await client
      .createRule({ name: "n", content: "[]" }, { signal: controller.signal })
      .catch((e: unknown) => e)) as IdrsNetworkError;

    expect(error.kind).toBe("aborted");
    expect(error.outcomeUnknown).toBe(true);
    expect(actions(server)).toEqual(["CreateRule"]);
  });
});
