import RPCClient from "@alicloud/pop-core";
import { afterEach, describe, expect, it } from "vitest";
import { signParameters } from "../src/index.js";
import { type FakeServer, ok, startFakeServer } from "./fake-server.js";
import { SAMPLE_CONTENT } from "./helpers.js";

// pop-core 1.8 has no exported signer, so its requests are sent to a local server and the
// signature it computed is compared with ours over the same parameters.

const SECRET = "popcore-secret";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function popCoreRequest(method: "GET" | "POST", params: Record<string, string>) {
  server = await startFakeServer(() => ok({ Id: "r1", Name: "n", Content: "{}" }));
  const client = new RPCClient({
    endpoint: server.url,
    apiVersion: "2020-06-30",
    accessKeyId: "popcore-id",
    accessKeySecret: SECRET,
  });

  await client.request("CreateRule", params, { method, formatParams: false });

  const [request] = server.requests;
  if (!request) {
    throw new Error("pop-core sent no request");
  }
  return request;
}

const cases: [string, Record<string, string>][] = [
  ["the reference content", { Name: "default", Content: SAMPLE_CONTENT }],
  ["Chinese names and values", { Name: "终身寿险 双录质检", 备注: "投保人签名" }],
  ["reserved characters", { Name: "a * b ~ c + d ' e ( f ) g ! h", Content: "x=y&z" }],
  ["emoji and spaces", { Name: "  leading and trailing  ", Content: "😀 ✓" }],
];

describe("signature compared with pop-core", () => {
  it.each(cases)("matches for POST with %s", async (_label, params) => {
    const request = await popCoreRequest("POST", params);

    expect(request.params).toMatchObject(params);
    expect(signParameters("POST", request.params, SECRET)).toBe(request.params.Signature);
  });

  it.each(cases)("matches for GET with %s", async (_label, params) => {
    const request = await popCoreRequest("GET", params);

    expect(request.params).toMatchObject(params);
    expect(signParameters("GET", request.params, SECRET)).toBe(request.params.Signature);
  });

  it("differs when a parameter changes", async () => {
    const request = await popCoreRequest("POST", { Name: "a", Content: "[]" });
    const altered = { ...request.params, Name: "b" };

    expect(signParameters("POST", altered, SECRET)).not.toBe(request.params.Signature);
  });
});
