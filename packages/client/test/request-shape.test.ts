import { afterEach, describe, expect, it } from "vitest";
import { Credentials } from "../src/index.js";
import { type FakeServer, ok, signatureIsValid, startFakeServer } from "./fake-server.js";
import { SAMPLE_CONTENT, TEST_KEY_ID, TEST_SECRET, testClient } from "./helpers.js";

const RULE = {
  Id: "59b0bbfe-929b-4a8c-9833-3ce70b4bad38",
  Name: "default",
  Content: "{}",
  CreatedAt: "2020-07-14T14:01:41.000+08:00",
};

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("request shape", () => {
  it("posts signed common parameters in the query", async () => {
    server = await startFakeServer(() => ok(RULE));
    const { client } = testClient(server.url, { now: () => new Date("2026-01-02T03:04:05.678Z") });

    await client.getRule({ id: RULE.Id });

    const [request] = server.requests;
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/");
    expect(request?.query).toMatchObject({
      Action: "GetRule",
      Version: "2020-06-30",
      Format: "JSON",
      AccessKeyId: TEST_KEY_ID,
      SignatureMethod: "HMAC-SHA1",
      SignatureVersion: "1.0",
      SignatureNonce: "nonce-1",
      Timestamp: "2026-01-02T03:04:05Z",
    });
    expect(request?.form).toEqual({ Id: RULE.Id });
    expect(signatureIsValid(request, TEST_SECRET)).toBe(true);
  });

  it("sends API parameters as a form body", async () => {
    server = await startFakeServer(() => ok(RULE));
    const { client } = testClient(server.url);

    await client.createRule({
      name: "终身寿险 双录质检",
      content: SAMPLE_CONTENT,
      clientToken: "t-1",
    });

    const [request] = server.requests;
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.form).toEqual({
      Name: "终身寿险 双录质检",
      Content: SAMPLE_CONTENT,
      ClientToken: "t-1",
    });
    expect(request?.query.Content).toBeUndefined();
    expect(request?.rawBody).not.toContain("+");
    expect(signatureIsValid(request, TEST_SECRET)).toBe(true);
  });

  it("sends a long Content intact", async () => {
    server = await startFakeServer(() => ok(RULE));
    const { client } = testClient(server.url);
    const steps = Array.from({ length: 3000 }, (_, i) => ({
      sequence: i,
      actions: [{ name: "sign_action_recognize" }, { name: "签名 * ~ + ' ( ) !" }],
    }));
    const content = JSON.stringify(steps);

    await client.updateRule({ id: "r1", content });

    const [request] = server.requests;
    expect(content.length).toBeGreaterThan(200_000);
    expect(request?.form.Content).toBe(content);
    expect(signatureIsValid(request, TEST_SECRET)).toBe(true);
  });

  it("uses a new nonce for every attempt", async () => {
    server = await startFakeServer((_request, index) =>
      index === 0 ? { status: 400, body: { Code: "Throttling.User", Message: "slow" } } : ok(RULE),
    );
    const { client } = testClient(server.url);

    await client.getRule({ id: RULE.Id });

    const nonces = server.requests.map((request) => request.query.SignatureNonce);
    expect(nonces).toEqual(["nonce-1", "nonce-2"]);
  });

  it("keeps the STS token out of the URL", async () => {
    server = await startFakeServer(() => ok(RULE));
    const credentials = new Credentials({
      accessKeyId: TEST_KEY_ID,
      accessKeySecret: TEST_SECRET,
      securityToken: "CAIS-sts-token",
    });
    const { client } = testClient(server.url, { credentials });

    await client.getRule({ id: RULE.Id });

    const [request] = server.requests;
    expect(request?.params.SecurityToken).toBe("CAIS-sts-token");
    expect(request?.query.SecurityToken).toBeUndefined();
    expect(signatureIsValid(request, TEST_SECRET)).toBe(true);
  });

  it("sends page parameters to ListRules", async () => {
    server = await startFakeServer(() => ok({ Items: [], TotalElements: 0, TotalPages: 0 }));
    const { client } = testClient(server.url);

    await client.listRules({ pageIndex: 3, pageSize: 50 });

    expect(server.requests[0]?.form).toEqual({ PageIndex: "3", PageSize: "50" });
  });

  it("sends the user agent and action headers", async () => {
    server = await startFakeServer(() => ok(RULE));
    const { client } = testClient(server.url, { userAgent: "my-tool/1.0" });

    await client.deleteRule({ id: RULE.Id });

    const headers = server.requests[0]?.headers;
    expect(headers?.["user-agent"]).toBe("my-tool/1.0");
    expect(headers?.["x-acs-action"]).toBe("DeleteRule");
    expect(headers?.["x-acs-version"]).toBe("2020-06-30");
  });
});
