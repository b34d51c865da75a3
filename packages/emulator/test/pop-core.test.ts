import RPCClient from "@alicloud/pop-core";
import { afterEach, describe, expect, it } from "vitest";
import { TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

interface RuleData {
  Id: string;
  Name: string;
  Content: string;
  CreatedAt?: string;
}

interface Reply<T> {
  RequestId: string;
  Code: string;
  Data: T;
}

/** The vendor's classic RPC client, an independent implementation of the signature. */
async function vendorClient(securityToken?: string) {
  const key = { id: "LTAIpeer", secret: "peer-secret" };
  const emulator = await bed.start({
    accessKeys: [{ ...key, ...(securityToken ? { securityToken } : {}) }],
  });
  const client = new RPCClient({
    accessKeyId: key.id,
    accessKeySecret: key.secret,
    endpoint: emulator.url,
    apiVersion: "2020-06-30",
    ...(securityToken ? { securityToken } : {}),
  });
  const call = <T>(action: string, params: Record<string, unknown> = {}) =>
    client.request<Reply<T>>(action, params, { method: "POST" });
  return { emulator, call };
}

describe("@alicloud/pop-core against the emulator", () => {
  it("runs all five APIs", async () => {
    const { call } = await vendorClient();
    const content = '[{"sequence":0,"actions":[{"name":"face_track"},{"name":"speech_to_text"}]}]';

    const created = await call<RuleData>("CreateRule", {
      Name: "终身寿险 双录 ✅",
      Content: content,
    });
    expect(created.Code).toBe("OK");
    const id = created.Data.Id;

    const fetched = await call<RuleData>("GetRule", { Id: id });
    expect(fetched.Data).toMatchObject({ Id: id, Name: "终身寿险 双录 ✅", Content: content });

    const updated = await call<RuleData>("UpdateRule", { Id: id, Name: "renamed * (1)" });
    expect(updated.Data.Name).toBe("renamed * (1)");

    const listed = await call<{ Items: RuleData[]; TotalElements: number }>("ListRules", {
      PageIndex: 1,
      PageSize: 10,
    });
    expect(listed.Data.TotalElements).toBe(1);
    expect(listed.Data.Items[0]?.Id).toBe(id);

    const deleted = await call<RuleData>("DeleteRule", { Id: id });
    expect(deleted.Data.Id).toBe(id);
    const after = await call<{ TotalElements: number }>("ListRules");
    expect(after.Data.TotalElements).toBe(0);
  });

  it("signs with a security token", async () => {
    const { call } = await vendorClient("sts-token-value");
    const listed = await call<{ TotalElements: number }>("ListRules");
    expect(listed.Code).toBe("OK");
  });

  it("surfaces the emulator's error code", async () => {
    const { call } = await vendorClient();
    await expect(call("GetRule", { Id: "does-not-exist" })).rejects.toMatchObject({
      code: "ResourceNotFound",
    });
  });
});
