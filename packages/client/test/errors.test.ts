import { afterEach, describe, expect, it } from "vitest";
import {
  describeApiError,
  IdrsApiError,
  IdrsInputError,
  IdrsNetworkError,
  localize,
  type MessageKey,
  messageCatalog,
} from "../src/index.js";
import { type FakeServer, failure, startFakeServer } from "./fake-server.js";
import { testClient } from "./helpers.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const cases: [number, string, MessageKey][] = [
  [400, "SignatureDoesNotMatch", "hint.signatureMismatch"],
  [403, "SignatureDoesNotMatch", "hint.signatureMismatch"],
  [400, "SignatureNonceUsed", "hint.nonceUsed"],
  [400, "InvalidTimeStamp.Expired", "hint.timestampExpired"],
  [400, "InvalidTimestamp.Expired", "hint.timestampExpired"],
  [400, "InvalidTimeStamp.Format", "hint.timestampFormat"],
  [404, "InvalidAccessKeyId.NotFound", "hint.accessKeyNotFound"],
  [400, "InvalidAccessKeyId.Inactive", "hint.accessKeyInactive"],
  [400, "InvalidSecurityToken.Expired", "hint.securityToken"],
  [403, "Forbidden", "hint.permission"],
  [403, "Forbidden.RAM", "hint.permission"],
  [401, "Unauthorized", "hint.permission"],
  [404, "ResourceNotFound", "hint.ruleNotFound"],
  [400, "Throttling.User", "hint.throttling"],
  [400, "InvalidRequest", "hint.invalidParameter"],
  [400, "MissingParameter", "hint.invalidParameter"],
  [400, "InvalidParameter", "hint.invalidParameter"],
  [500, "InternalServerError", "hint.serverError"],
  [400, "SomethingNew", "hint.unknownCode"],
];

describe("API error typing", () => {
  it.each(cases)("types HTTP %i %s", async (status, code, hintKey) => {
    server = await startFakeServer(() => failure(status, code, "server says no"));
    const { client } = testClient(server.url, { maxRetries: 0 });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsApiError);
    const apiError = error as IdrsApiError;
    expect(apiError.status).toBe(status);
    expect(apiError.code).toBe(code);
    expect(apiError.serverMessage).toBe("server says no");
    expect(apiError.requestId).toBe(`req-${code}`);
    expect(apiError.hostId).toBe("idrsservice.example");
    expect(apiError.hint).toEqual(localize(hintKey));
  });

  it("keeps the Recommend link", async () => {
    server = await startFakeServer(() => ({
      status: 400,
      body: {
        RequestId: "r",
        Code: "SignatureDoesNotMatch",
        Message: "mismatch",
        Recommend: "https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch",
      },
    }));
    const { client } = testClient(server.url);

    const error = (await client.getRule({ id: "r1" }).catch((e: unknown) => e)) as IdrsApiError;

    expect(error.recommend).toBe("https://api.aliyun.com/troubleshoot?q=SignatureDoesNotMatch");
    expect(describeApiError(error, "en")).toContain("Diagnosis: https://api.aliyun.com/");
  });
});

describe("describeApiError", () => {
  const error = new IdrsApiError({
    action: "GetRule",
    status: 404,
    code: "ResourceNotFound",
    serverMessage: "The specified resource does not exist.",
    requestId: "REQ-1",
  });

  it("renders English", () => {
    expect(describeApiError(error, "en")).toBe(
      [
        "GetRule failed with HTTP 404 ResourceNotFound: The specified resource does not exist.",
        "Request ID: REQ-1",
        "No rule with this ID exists. List the rules to find the right ID.",
      ].join("\n"),
    );
  });

  it("renders Chinese", () => {
    const text = describeApiError(error, "zh-CN");

    expect(text).toContain("GetRule 调用失败");
    expect(text).toContain("请求 ID：REQ-1");
    expect(text).toContain("不存在此 ID 的规则");
  });

  it("renders a network error with its endpoint", () => {
    const network = new IdrsNetworkError({
      action: "ListRules",
      endpoint: "https://idrs.example",
      kind: "timeout",
      timeoutMs: 5000,
      reason: "no response",
      requestSent: true,
    });

    expect(describeApiError(network, "en")).toContain(
      "ListRules to https://idrs.example timed out after 5000 ms.",
    );
    expect(describeApiError(network, "zh-CN")).toContain("超时");
  });

  it("renders any other thrown value", () => {
    expect(describeApiError(new TypeError("boom"), "en")).toBe("Unexpected error: boom");
    expect(describeApiError("text", "zh-CN")).toBe("意外错误：text");
  });
});

describe("input errors", () => {
  it.each([
    ["an empty endpoint", () => testClient("  ")],
    ["an FTP endpoint", () => testClient("ftp://example.com")],
    ["an endpoint with a path", () => testClient("https://example.com/api")],
    ["an endpoint with a user", () => testClient("https://user:pw@example.com")],
    ["a negative retry count", () => testClient("http://127.0.0.1:1", { maxRetries: -1 })],
  ])("rejects %s", (_label, build) => {
    expect(build).toThrow(IdrsInputError);
  });

  it.each([
    [{ pageIndex: 0 }],
    [{ pageIndex: 10_001 }],
    [{ pageSize: 9 }],
    [{ pageSize: 101 }],
    [{ pageSize: 10.5 }],
  ])("rejects page %j", async (input) => {
    const { client } = testClient("http://127.0.0.1:1");

    await expect(client.listRules(input)).rejects.toBeInstanceOf(IdrsInputError);
  });

  it("rejects an empty rule name", async () => {
    const { client } = testClient("http://127.0.0.1:1");

    const error = await client.createRule({ name: " ", content: "[]" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsInputError);
    expect(describeApiError(error, "zh-CN")).toBe("name 不能为空。");
  });

  it("rejects credentials without a secret", async () => {
    expect(() =>
      testClient("http://127.0.0.1:1", {
        credentials: { accessKeyId: "id", accessKeySecret: "" },
      }),
    ).toThrow(IdrsInputError);
  });
});

describe("message catalogs", () => {
  const en = messageCatalog("en");
  const zh = messageCatalog("zh-CN");
  const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it("have the same keys", () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en) as MessageKey[])("%s has the same placeholders", (key) => {
    expect(placeholders(zh[key])).toEqual(placeholders(en[key]));
  });
});
