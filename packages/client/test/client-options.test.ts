import { readFile } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import {
  CLIENT_VERSION,
  Credentials,
  createRuleClient,
  DEFAULT_ENDPOINT,
  formatTimestamp,
  parseEndpoint,
} from "../src/index.js";
import { type FakeServer, ok, signatureIsValid, startFakeServer } from "./fake-server.js";
import { testClient } from "./helpers.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("parseEndpoint", () => {
  it.each([
    [undefined, `https://${DEFAULT_ENDPOINT}`],
    ["idrs.example.com", "https://idrs.example.com"],
    ["idrs.example.com:8443", "https://idrs.example.com:8443"],
    ["  http://127.0.0.1:8080/ ", "http://127.0.0.1:8080"],
    ["HTTPS://IDRS.Example.com", "https://idrs.example.com"],
  ])("reads %s", (input, origin) => {
    expect(parseEndpoint(input).origin).toBe(origin);
  });

  it("defaults to the finance cloud", () => {
    expect(DEFAULT_ENDPOINT).toBe("idrsservice.cn-shanghai-finance-1.aliyuncs.com");
    expect(
      createRuleClient({ credentials: { accessKeyId: "a", accessKeySecret: "b" } }).endpoint,
    ).toBe("https://idrsservice.cn-shanghai-finance-1.aliyuncs.com");
  });
});

describe("client options", () => {
  it("asks the provider before every request", async () => {
    server = await startFakeServer(() => ok({ Id: "r1", Name: "n", Content: "{}" }));
    const keys = [
      new Credentials({ accessKeyId: "key-1", accessKeySecret: "secret-1" }),
      { accessKeyId: "key-2", accessKeySecret: "secret-2" },
    ];
    let calls = 0;
    const { client } = testClient(server.url, {
      credentials: { getCredentials: async () => keys[calls++ % 2] as Credentials },
    });

    await client.getRule({ id: "r1" });
    await client.getRule({ id: "r1" });

    const [first, second] = server.requests;
    expect(first?.query.AccessKeyId).toBe("key-1");
    expect(second?.query.AccessKeyId).toBe("key-2");
    expect(signatureIsValid(first, "secret-1")).toBe(true);
    expect(signatureIsValid(second, "secret-2")).toBe(true);
  });

  it("sends the package version in the default user agent", async () => {
    const manifest = JSON.parse(
      await readFile(new URL("../package.json", import.meta.url), "utf8"),
    ) as { version: string };
    server = await startFakeServer(() => ok({ Id: "r1", Name: "n", Content: "{}" }));
    const { client } = testClient(server.url);

    await client.getRule({ id: "r1" });

    expect(CLIENT_VERSION).toBe(manifest.version);
    expect(server.requests[0]?.headers["user-agent"]).toMatch(
      new RegExp(`^idrs-rules-client/${manifest.version} Node\\.js/v\\d+`),
    );
  });

  it("formats timestamps without milliseconds", () => {
    expect(formatTimestamp(new Date("2020-07-14T06:01:41.999Z"))).toBe("2020-07-14T06:01:41Z");
  });
});
