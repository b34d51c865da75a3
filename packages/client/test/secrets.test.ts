import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import {
  Credentials,
  describeApiError,
  describeCredentialsSource,
  resolveCredentials,
} from "../src/index.js";
import { type FakeServer, failure, ok, type Reply, startFakeServer } from "./fake-server.js";
import { TEST_SECRET, testClient } from "./helpers.js";

const TOKEN = "CAIS-sts-token-that-must-never-print";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Lists every printed form of a value: message, stack, inspect, JSON and String. */
function printedForms(value: unknown): string[] {
  const forms = [
    inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    inspect(value, { depth: Number.POSITIVE_INFINITY, customInspect: false, getters: true }),
    String(value),
  ];
  try {
    forms.push(JSON.stringify(value) ?? "");
  } catch {
    // Cyclic values cannot be printed as JSON at all.
  }
  if (value instanceof Error) {
    forms.push(value.message, value.stack ?? "");
    forms.push(describeApiError(value, "en"), describeApiError(value, "zh-CN"));
  }
  return forms;
}

function expectNoSecret(texts: string[]) {
  for (const text of texts) {
    expect(text).not.toContain(TEST_SECRET);
    expect(text).not.toContain(TOKEN);
  }
}

describe("Credentials", () => {
  const credentials = new Credentials({
    accessKeyId: "LTAI5tExampleKey",
    accessKeySecret: TEST_SECRET,
    securityToken: TOKEN,
  });

  it("masks the secret in every printed form", () => {
    expectNoSecret([
      ...printedForms(credentials),
      ...printedForms({ nested: { credentials } }),
      `${credentials}`,
      JSON.stringify({ ...credentials }),
    ]);
  });

  it("still gives the secret to the signer", () => {
    expect(credentials.getAccessKeySecret()).toBe(TEST_SECRET);
    expect(credentials.getSecurityToken()).toBe(TOKEN);
  });

  it("shows the masked key ID", () => {
    expect(String(credentials)).toBe("Credentials(LTAI****eKey)");
    expect(JSON.parse(JSON.stringify(credentials))).toEqual({
      accessKeyId: "LTAI****eKey",
      accessKeySecret: "****",
      securityToken: "****",
    });
  });
});

describe("client output", () => {
  const scenarios: [string, Reply][] = [
    ["success", ok({ Id: "r1", Name: "n", Content: "{}" })],
    ["a signature error", failure(400, "SignatureDoesNotMatch")],
    ["a server error", failure(503, "ServiceUnavailable")],
    ["a garbled body", { status: 200, body: "<html>" }],
    ["a dropped connection", { drop: "before-response" }],
    ["a timeout", { hang: true }],
  ];

  it.each(scenarios)("never prints the secret on %s", async (_label, reply) => {
    server = await startFakeServer(() => reply);
    const credentials = new Credentials({
      accessKeyId: "LTAI5tExampleKey",
      accessKeySecret: TEST_SECRET,
      securityToken: TOKEN,
    });
    const { client, logs } = testClient(server.url, { credentials, timeoutMs: 50, maxRetries: 1 });

    const outcomes = await Promise.allSettled([
      client.getRule({ id: "r1" }),
      client.createRule({ name: "n", content: "{}" }),
      client.listAllRules(),
    ]);

    const printed = outcomes.flatMap((outcome) =>
      printedForms(outcome.status === "rejected" ? outcome.reason : outcome.value),
    );
    expectNoSecret([...printed, ...logs.map((line) => line.message)]);
    expect(logs.length).toBeGreaterThan(0);

    // The secret signs the request but never travels; the token travels only in the body.
    for (const request of server.requests) {
      expect(JSON.stringify(request.headers) + request.path).not.toContain(TOKEN);
      expect(JSON.stringify(request)).not.toContain(TEST_SECRET);
    }
  });

  it("never prints the secret while resolving credentials", async () => {
    const env = {
      ALIBABA_CLOUD_ACCESS_KEY_ID: "LTAI5tExampleKey",
      ALIBABA_CLOUD_ACCESS_KEY_SECRET: TEST_SECRET,
      ALIBABA_CLOUD_SECURITY_TOKEN: TOKEN,
    };
    const resolved = await resolveCredentials({ env, homeDir: "/nonexistent" });
    const incomplete = await resolveCredentials({
      env: { ALIBABA_CLOUD_ACCESS_KEY_SECRET: TEST_SECRET },
      homeDir: "/nonexistent",
    }).catch((e: unknown) => e);

    expectNoSecret([
      ...printedForms(resolved),
      describeCredentialsSource(resolved, "en"),
      describeCredentialsSource(resolved, "zh-CN"),
      ...printedForms(incomplete),
    ]);
  });
});
