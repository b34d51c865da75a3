import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { IdrsApiError, IdrsNetworkError, IdrsResponseError } from "../src/index.js";
import { type FakeServer, failure, ok, type Reply, startFakeServer } from "./fake-server.js";
import { testClient } from "./helpers.js";

const RULE = { Id: "r1", Name: "n", Content: "{}", CreatedAt: "2020-07-14T14:01:41.000+08:00" };

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Replies with `failures` in order, then with success. */
async function serverFailingWith(...failures: Reply[]) {
  server = await startFakeServer((_request, index) => failures[index] ?? ok(RULE));
  return server;
}

describe("retries of idempotent calls", () => {
  it.each([
    ["throttling", failure(400, "Throttling.User")],
    ["HTTP 429", failure(429, "TooManyRequests")],
    ["HTTP 503", failure(503, "ServiceUnavailable")],
    ["InternalError on 400", failure(400, "InternalError")],
    ["UnknownError", failure(400, "UnknownError")],
    ["a 502 gateway page", { status: 502, body: "<html>bad gateway</html>" }],
    ["a dropped connection", { drop: "before-response" }],
    ["a body cut short", { drop: "mid-response" }],
  ] as [string, Reply][])("retries GetRule after %s", async (_label, reply) => {
    const fake = await serverFailingWith(reply);
    const { client } = testClient(fake.url);

    const rule = await client.getRule({ id: "r1" });

    expect(rule.id).toBe("r1");
    expect(fake.requests).toHaveLength(2);
  });

  it("retries a timeout", async () => {
    const fake = await serverFailingWith({ hang: true });
    const { client } = testClient(fake.url, { timeoutMs: 50 });

    const rule = await client.listRules();

    expect(rule.items).toHaveLength(0);
    expect(fake.requests).toHaveLength(2);
  });

  it("does not retry a client error", async () => {
    const fake = await serverFailingWith(failure(400, "SignatureDoesNotMatch"));
    const { client, sleeps } = testClient(fake.url);

    await expect(client.getRule({ id: "r1" })).rejects.toBeInstanceOf(IdrsApiError);
    expect(fake.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("stops after maxRetries", async () => {
    server = await startFakeServer(() => failure(400, "Throttling.User"));
    const { client, sleeps } = testClient(server.url, { maxRetries: 2 });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect((error as IdrsApiError).code).toBe("Throttling.User");
    expect(server.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it("backs off exponentially with full jitter", async () => {
    server = await startFakeServer(() => failure(503, "ServiceUnavailable"));
    const { client, sleeps } = testClient(server.url, {
      maxRetries: 5,
      retryBaseDelayMs: 100,
      retryMaxDelayMs: 1000,
      random: () => 0.999,
    });

    await client.getRule({ id: "r1" }).catch(() => undefined);

    // Caps 100, 200, 400, 800, then 1000; the jitter picks just under each cap.
    expect(sleeps).toEqual([99, 199, 399, 799, 999]);
  });

  it("waits nothing when the jitter is zero", async () => {
    const fake = await serverFailingWith(failure(503, "ServiceUnavailable"));
    const { client, sleeps } = testClient(fake.url, { random: () => 0 });

    await client.getRule({ id: "r1" });

    expect(sleeps).toEqual([0]);
  });

  it("logs each retry", async () => {
    const fake = await serverFailingWith(failure(400, "Throttling.User"));
    const { client, logs } = testClient(fake.url);

    await client.getRule({ id: "r1" });

    const warnings = logs.filter((line) => line.level === "warn").map((line) => line.message);
    expect(warnings).toEqual(["GetRule failed (Throttling.User); retrying in 100 ms"]);
  });

  it("flags ResourceNotFound after an unclear delete", async () => {
    const fake = await serverFailingWith(
      { drop: "before-response" },
      failure(404, "ResourceNotFound"),
    );
    const { client } = testClient(fake.url);

    const error = (await client.deleteRule({ id: "r1" }).catch((e: unknown) => e)) as IdrsApiError;

    expect(error.code).toBe("ResourceNotFound");
    expect(error.previousAttemptUnclear).toBe(true);
    expect(error.hint.en).toContain("most likely deleted already");
  });
});

describe("network errors", () => {
  it("types a timeout with the endpoint", async () => {
    server = await startFakeServer(() => ({ hang: true }));
    const { client } = testClient(server.url, { timeoutMs: 30, maxRetries: 0 });

    const error = (await client.getRule({ id: "r1" }).catch((e: unknown) => e)) as IdrsNetworkError;

    expect(error).toBeInstanceOf(IdrsNetworkError);
    expect(error.kind).toBe("timeout");
    expect(error.code).toBe("Timeout");
    expect(error.endpoint).toBe(server.url);
    expect(error.requestSent).toBe(true);
  });

  it("marks a refused connection as not sent", async () => {
    const port = await closedPort();
    const { client } = testClient(`http://127.0.0.1:${port}`, { maxRetries: 1 });

    const error = (await client.getRule({ id: "r1" }).catch((e: unknown) => e)) as IdrsNetworkError;

    expect(error.kind).toBe("connection");
    expect(error.reason).toBe("ECONNREFUSED");
    expect(error.requestSent).toBe(false);
  });

  it("types a cut body as a network error", async () => {
    server = await startFakeServer(() => ({ drop: "mid-response" }));
    const { client } = testClient(server.url, { maxRetries: 0 });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsNetworkError);
    expect((error as IdrsNetworkError).requestSent).toBe(true);
  });

  it("stops when the caller aborts", async () => {
    let markArrived = () => {};
    const arrived = new Promise<void>((resolve) => {
      markArrived = resolve;
    });
    server = await startFakeServer(() => {
      markArrived();
      return { hang: true };
    });
    const { client } = testClient(server.url);
    const controller = new AbortController();

    const pending = client.getRule({ id: "r1" }, { signal: controller.signal });
    await arrived;
    controller.abort();
    const error = (await pending.catch((e: unknown) => e)) as IdrsNetworkError;

    expect(error.kind).toBe("aborted");
    expect(server.requests).toHaveLength(1);
  });

  it("stops when aborted during the backoff", async () => {
    server = await startFakeServer(() => failure(503, "ServiceUnavailable"));
    const controller = new AbortController();
    const { client } = testClient(server.url, {
      sleep: async (_ms, signal) => {
        controller.abort();
        signal?.throwIfAborted();
      },
    });

    const error = await client
      .getRule({ id: "r1" }, { signal: controller.signal })
      .catch((e: unknown) => e);

    expect((error as IdrsNetworkError).kind).toBe("aborted");
    expect(server.requests).toHaveLength(1);
  });

  it("rejects a response larger than the limit", async () => {
    server = await startFakeServer(() => ok({ Id: "r1", Name: "n", Content: "x".repeat(17e6) }));
    const { client } = testClient(server.url, { maxRetries: 0 });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsResponseError);
  });
});

/** Finds a port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === "string") {
    throw new Error("no port");
  }
  return address.port;
}
