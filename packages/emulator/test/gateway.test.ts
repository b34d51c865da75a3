import { afterEach, describe, expect, it } from "vitest";
import { callApi, rawRequest, TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

const key = { id: "testid", secret: "testsecret" };

/** Creates a clock that tests move by hand. */
function manualClock(start: string) {
  let current = new Date(start);
  return {
    now: () => current,
    advance(ms: number) {
      current = new Date(current.getTime() + ms);
    },
  };
}

describe("error bodies", () => {
  it("have the service's fields and request id header", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "GetRule", { Id: "x" });

    expect(result.status).toBe(404);
    expect(Object.keys(result.body).sort()).toEqual([
      "Code",
      "HostId",
      "Message",
      "Recommend",
      "RequestId",
    ]);
    expect(result.body.HostId).toBe(new URL(emulator.url).host);
    expect(result.body.Recommend).toContain("q=ResourceNotFound");
    expect(result.headers["x-acs-request-id"]).toBe(result.body.RequestId);
  });
});

describe("signature", () => {
  it("rejects a wrong secret with SignatureDoesNotMatch", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(
      emulator,
      "ListRules",
      {},
      { key: { id: "testid", secret: "nope" } },
    );

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("SignatureDoesNotMatch");
    expect(result.body.Message).toContain("server string to sign is:POST&%2F&AccessKeyId%3Dtestid");
  });

  it("rejects a parameter changed after signing", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(
      emulator,
      "CreateRule",
      { Name: "a", Content: "{}" },
      {
        afterSigning: (params) => {
          params.Name = "b";
        },
      },
    );

    expect(result.body.Code).toBe("SignatureDoesNotMatch");
    expect(emulator.store.list()).toHaveLength(0);
  });

  it("rejects a signature made for another HTTP method", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "ListRules", {}, { method: "POST", signAs: "GET" });
    expect(result.body.Code).toBe("SignatureDoesNotMatch");
  });

  it("covers parameters split between query and body", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(
      emulator,
      "CreateRule",
      { Name: "a", Content: "{}" },
      {
        placement: "split",
        afterSigning: (params) => {
          params.Content = "[]";
        },
      },
    );
    expect(result.body.Code).toBe("SignatureDoesNotMatch");
  });

  it("ignores a body that is not form-encoded", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const created = await callApi(emulator, "ListRules", {}, { placement: "query" });
    expect(created.status).toBe(200);

    const result = await rawRequest(emulator.url, {
      body: "Action=ListRules&Version=2020-06-30",
      headers: { "content-type": "text/plain" },
    });
    expect(result.body.Code).toBe("MissingParameter");
    expect(result.body.Message).toContain('"Action"');
  });
});

describe("nonce", () => {
  it("rejects a nonce used again within 15 minutes", async () => {
    const clock = manualClock("2024-03-01T08:00:00Z");
    const emulator = await bed.start({ accessKeys: [key], now: clock.now });

    const first = await callApi(emulator, "ListRules", {}, { nonce: "n-1", at: clock.now() });
    clock.advance(14 * 60 * 1000);
    const again = await callApi(emulator, "ListRules", {}, { nonce: "n-1", at: clock.now() });

    expect(first.status).toBe(200);
    expect(again.status).toBe(400);
    expect(again.body.Code).toBe("SignatureNonceUsed");
  });

  it("accepts the nonce again after the window", async () => {
    const clock = manualClock("2024-03-01T08:00:00Z");
    const emulator = await bed.start({ accessKeys: [key], now: clock.now });

    await callApi(emulator, "ListRules", {}, { nonce: "n-1", at: clock.now() });
    clock.advance(15 * 60 * 1000 + 1000);
    const later = await callApi(emulator, "ListRules", {}, { nonce: "n-1", at: clock.now() });
    expect(later.status).toBe(200);
  });

  it("is not used up by a badly signed request", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const bad = await callApi(
      emulator,
      "ListRules",
      {},
      {
        nonce: "shared",
        key: { id: "testid", secret: "wrong" },
      },
    );
    const good = await callApi(emulator, "ListRules", {}, { nonce: "shared" });

    expect(bad.body.Code).toBe("SignatureDoesNotMatch");
    expect(good.status).toBe(200);
  });
});

describe("timestamp", () => {
  it.each([
    ["16 minutes early", -16],
    ["16 minutes late", 16],
  ])("rejects a timestamp %s as expired", async (_label, minutes) => {
    const now = new Date("2024-03-01T08:00:00Z");
    const emulator = await bed.start({ accessKeys: [key], now: () => now });
    const at = new Date(now.getTime() + minutes * 60 * 1000);
    const result = await callApi(emulator, "ListRules", {}, { at });

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("InvalidTimeStamp.Expired");
  });

  it("accepts a timestamp 14 minutes off", async () => {
    const now = new Date("2024-03-01T08:00:00Z");
    const emulator = await bed.start({ accessKeys: [key], now: () => now });
    const at = new Date(now.getTime() - 14 * 60 * 1000);
    expect((await callApi(emulator, "ListRules", {}, { at })).status).toBe(200);
  });

  it.each([
    "2024-03-01 08:00:00",
    "2024-03-01T08:00:00.000Z",
    "2024-03-01T08:00:00+08:00",
    "2024-02-30T08:00:00Z",
    "1709280000",
  ])("rejects %s as badly formatted", async (timestamp) => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "ListRules", {}, { common: { Timestamp: timestamp } });

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("InvalidTimeStamp.Format");
  });
});

describe("access key", () => {
  it("rejects an unknown AccessKeyId with 404", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "ListRules", {}, { key: { id: "other", secret: "s" } });

    expect(result.status).toBe(404);
    expect(result.body.Code).toBe("InvalidAccessKeyId.NotFound");
  });

  it("generates one test pair when no keys are given", async () => {
    const emulator = await bed.start();
    expect(emulator.accessKeys).toHaveLength(1);
    expect(emulator.accessKeys[0]?.id).toMatch(/^EMU[A-Za-z0-9]{21}$/);
    expect((await callApi(emulator, "ListRules")).status).toBe(200);
  });
});

describe("security token", () => {
  const stsKey = { id: "STS.test", secret: "stssecret", securityToken: "token-1" };

  it("accepts the configured token", async () => {
    const emulator = await bed.start({ accessKeys: [stsKey] });
    expect((await callApi(emulator, "ListRules")).status).toBe(200);
  });

  it("requires the token for an STS key", async () => {
    const emulator = await bed.start({ accessKeys: [stsKey] });
    const result = await callApi(
      emulator,
      "ListRules",
      {},
      { common: { SecurityToken: undefined } },
    );

    expect(result.body.Code).toBe("MissingParameter");
    expect(result.body.Message).toContain('"SecurityToken"');
  });

  it("rejects another token", async () => {
    const emulator = await bed.start({ accessKeys: [stsKey] });
    const result = await callApi(
      emulator,
      "ListRules",
      {},
      { common: { SecurityToken: "token-2" } },
    );
    expect(result.body.Code).toBe("InvalidSecurityToken.MismatchWithAccessKey");
  });

  it("rejects a token sent with a permanent key", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(
      emulator,
      "ListRules",
      {},
      { common: { SecurityToken: "token-1" } },
    );
    expect(result.body.Code).toBe("InvalidSecurityToken.MismatchWithAccessKey");
  });

  it("rejects an expired token", async () => {
    const expired = { ...stsKey, securityTokenExpiresAt: new Date(Date.now() - 1000) };
    const emulator = await bed.start({ accessKeys: [expired] });
    expect((await callApi(emulator, "ListRules")).body.Code).toBe("InvalidSecurityToken.Expired");
  });

  it("masks the token in the string to sign it shows", async () => {
    const emulator = await bed.start({ accessKeys: [stsKey] });
    const result = await callApi(
      emulator,
      "ListRules",
      {},
      {
        key: { ...stsKey, secret: "wrong" },
      },
    );

    expect(result.body.Code).toBe("SignatureDoesNotMatch");
    expect(result.body.Message).not.toContain("token-1");
  });
});

describe("missing parameters", () => {
  it.each([
    "Action",
    "Version",
    "AccessKeyId",
    "SignatureMethod",
    "SignatureVersion",
    "SignatureNonce",
    "Timestamp",
  ])("names the missing common parameter %s", async (name) => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "ListRules", {}, { common: { [name]: undefined } });

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("MissingParameter");
    expect(result.body.Message).toContain(`"${name}"`);
  });

  it("names a missing Signature", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(
      emulator,
      "ListRules",
      {},
      {
        afterSigning: (params) => {
          delete params.Signature;
        },
      },
    );
    expect(result.body.Message).toContain('"Signature"');
  });

  it.each([
    ["CreateRule", { Content: "{}" }, "Name"],
    ["CreateRule", { Name: "n" }, "Content"],
    ["CreateRule", { Name: "", Content: "{}" }, "Name"],
    ["GetRule", {}, "Id"],
    ["UpdateRule", { Name: "n" }, "Id"],
    ["DeleteRule", {}, "Id"],
  ] as const)("%s without %o names %s", async (action, params, missing) => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, action, params);

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("MissingParameter");
    expect(result.body.Message).toContain(`"${missing}"`);
  });
});

describe("invalid parameters", () => {
  it.each([
    ["PageSize", "9"],
    ["PageSize", "101"],
    ["PageSize", "abc"],
    ["PageSize", "10.5"],
    ["PageIndex", "0"],
    ["PageIndex", "10001"],
    ["PageIndex", "-1"],
  ])("rejects %s=%s", async (name, value) => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "ListRules", { [name]: value });

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("InvalidParameter");
    expect(result.body.Message).toContain(`"${name}"`);
  });

  it.each([
    ["PageSize", "10"],
    ["PageSize", "100"],
    ["PageIndex", "1"],
    ["PageIndex", "10000"],
  ])("accepts the bound %s=%s", async (name, value) => {
    const emulator = await bed.start({ accessKeys: [key] });
    expect((await callApi(emulator, "ListRules", { [name]: value })).status).toBe(200);
  });

  it("rejects an unknown action with 404", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "CreateTaskGroup");

    expect(result.status).toBe(404);
    expect(result.body.Code).toBe("InvalidAction.NotFound");
  });

  it("rejects another API version", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "ListRules", {}, { common: { Version: "2014-05-26" } });

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("InvalidVersion");
  });

  it.each([
    ["SignatureMethod", "HMAC-SHA256"],
    ["SignatureVersion", "2.0"],
    ["Format", "YAML"],
  ])("rejects %s=%s", async (name, value) => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(emulator, "ListRules", {}, { common: { [name]: value } });

    expect(result.body.Code).toBe("InvalidParameter");
    expect(result.body.Message).toContain(`"${name}"`);
  });

  it("accepts the reference's Hmac-SHA1 spelling", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await callApi(
      emulator,
      "ListRules",
      {},
      { common: { SignatureMethod: "Hmac-SHA1" } },
    );
    expect(result.status).toBe(200);
  });

  it("rejects a parameter sent in both query and body", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await rawRequest(emulator.url, {
      path: "/?Action=ListRules",
      body: "Action=ListRules",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });

    expect(result.body.Code).toBe("InvalidParameter");
    expect(result.body.Message).toContain('"Action"');
  });

  it("rejects methods other than GET and POST", async () => {
    const emulator = await bed.start({ accessKeys: [key] });
    const result = await rawRequest(emulator.url, { method: "PUT" });

    expect(result.status).toBe(405);
    expect(result.body.Code).toBe("UnsupportedHTTPMethod");
  });
});

describe("body size limit", () => {
  it("answers 413 with the limit for a larger body", async () => {
    const emulator = await bed.start({ accessKeys: [key], maxBodyBytes: 4096 });
    const result = await callApi(emulator, "CreateRule", { Name: "n", Content: "x".repeat(5000) });

    expect(result.status).toBe(413);
    expect(result.body.Code).toBe("RequestBodyTooLarge");
    expect(result.body.Message).toContain("4096 bytes");
    expect(emulator.store.list()).toHaveLength(0);
  });

  it("accepts a body just under the limit", async () => {
    const emulator = await bed.start({ accessKeys: [key], maxBodyBytes: 4096 });
    expect(
      (await callApi(emulator, "CreateRule", { Name: "n", Content: "x".repeat(3000) })).status,
    ).toBe(200);
  });
});
