import { afterEach, describe, expect, it } from "vitest";
import { callApi, TestBed } from "./helpers.js";

const bed = new TestBed();
afterEach(() => bed.cleanup());

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const sampleContent = '[{"sequence":1,"actions":[{"name":"id_card_recognize"}]}]';

describe("CreateRule", () => {
  it("returns Id, Name and Content without CreatedAt", async () => {
    const emulator = await bed.start();
    const result = await callApi(emulator, "CreateRule", {
      Name: "default",
      Content: sampleContent,
    });

    expect(result.status).toBe(200);
    expect(result.headers["content-type"]).toContain("application/json");
    expect(result.body.Code).toBe("OK");
    expect(result.body.Message).toBe("");
    expect(result.body.RequestId).toMatch(/^[0-9A-F-]{36}$/);
    expect(result.headers["x-acs-request-id"]).toBe(result.body.RequestId);
    expect(Object.keys(result.body.Data).sort()).toEqual(["Content", "Id", "Name"]);
    expect(result.body.Data.Id).toMatch(uuidPattern);
    expect(result.body.Data.Name).toBe("default");
    expect(result.body.Data.Content).toBe(sampleContent);
  });

  it("stores content verbatim without validating it", async () => {
    const emulator = await bed.start();
    for (const content of ["{}", "not JSON at all", ' [ {"sequence": 1} ] ']) {
      const created = await callApi(emulator, "CreateRule", { Name: "raw", Content: content });
      const fetched = await callApi(emulator, "GetRule", { Id: created.body.Data.Id });
      expect(fetched.body.Data.Content).toBe(content);
    }
  });

  it("accepts duplicate names as separate rules", async () => {
    const emulator = await bed.start();
    const first = await callApi(emulator, "CreateRule", { Name: "same", Content: "{}" });
    const second = await callApi(emulator, "CreateRule", { Name: "same", Content: "{}" });

    expect(second.status).toBe(200);
    expect(second.body.Data.Id).not.toBe(first.body.Data.Id);
    expect(emulator.store.list()).toHaveLength(2);
  });

  it("keeps Chinese and emoji text intact", async () => {
    const emulator = await bed.start();
    const name = "XX人寿 终身寿险 双录质检 ✅🎥👨‍👩‍👧";
    const content = '[{"sequence":1,"actions":[{"name":"签名识别 ✍️"}]}]';

    const created = await callApi(emulator, "CreateRule", { Name: name, Content: content });
    const fetched = await callApi(emulator, "GetRule", { Id: created.body.Data.Id });

    expect(created.body.Data.Name).toBe(name);
    expect(fetched.body.Data.Name).toBe(name);
    expect(fetched.body.Data.Content).toBe(content);
  });

  it("accepts a 1 MB Content in the form body", async () => {
    const emulator = await bed.start();
    const content = `[${'{"sequence":1,"actions":[{"name":"face_track"}]},'.repeat(25_000)}{"sequence":0,"actions":[]}]`;
    expect(content.length).toBeGreaterThan(1024 * 1024);

    const created = await callApi(emulator, "CreateRule", { Name: "big", Content: content });
    const fetched = await callApi(emulator, "GetRule", { Id: created.body.Data.Id });

    expect(created.status).toBe(200);
    expect(fetched.body.Data.Content).toBe(content);
  });

  it("accepts 1 MiB of Chinese Content", async () => {
    const emulator = await bed.start();
    const content = "双录质检".repeat(90_000);
    expect(Buffer.byteLength(content)).toBeGreaterThan(1024 * 1024);

    const created = await callApi(emulator, "CreateRule", { Name: "大规则", Content: content });
    const fetched = await callApi(emulator, "GetRule", { Id: created.body.Data.Id });

    expect(created.status).toBe(200);
    expect(fetched.body.Data.Content).toBe(content);
  });
});

describe("GetRule", () => {
  it("returns CreatedAt in Beijing time with milliseconds", async () => {
    const emulator = await bed.start({ now: () => new Date("2020-07-14T06:01:41Z") });
    const at = new Date("2020-07-14T06:01:41Z");
    const created = await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" }, { at });
    const fetched = await callApi(emulator, "GetRule", { Id: created.body.Data.Id }, { at });

    expect(fetched.body.Data).toEqual({
      Id: created.body.Data.Id,
      Name: "n",
      Content: "{}",
      CreatedAt: "2020-07-14T14:01:41.000+08:00",
    });
  });

  it("accepts ClientBaseParam", async () => {
    const emulator = await bed.start();
    const created = await callApi(emulator, "CreateRule", { Name: "n", Content: "{}" });
    const fetched = await callApi(emulator, "GetRule", {
      Id: created.body.Data.Id,
      ClientBaseParam: '{"version":"1.0.0"}',
    });
    expect(fetched.status).toBe(200);
  });
});

describe("UpdateRule", () => {
  it("changes only the fields sent and keeps CreatedAt", async () => {
    const emulator = await bed.start();
    const created = await callApi(emulator, "CreateRule", { Name: "old", Content: "{}" });
    const id = created.body.Data.Id;
    const before = await callApi(emulator, "GetRule", { Id: id });

    const renamed = await callApi(emulator, "UpdateRule", { Id: id, Name: "new" });
    expect(renamed.body.Data).toEqual({ ...before.body.Data, Name: "new" });

    const rewritten = await callApi(emulator, "UpdateRule", { Id: id, Content: "[]" });
    expect(rewritten.body.Data).toEqual({ ...before.body.Data, Name: "new", Content: "[]" });

    const both = await callApi(emulator, "UpdateRule", { Id: id, Name: "x", Content: "y" });
    expect(both.body.Data).toEqual({ ...before.body.Data, Name: "x", Content: "y" });
    expect((await callApi(emulator, "GetRule", { Id: id })).body.Data).toEqual(both.body.Data);
  });

  it("rejects an empty Name instead of guessing", async () => {
    const emulator = await bed.start();
    const created = await callApi(emulator, "CreateRule", { Name: "old", Content: "{}" });
    const result = await callApi(emulator, "UpdateRule", { Id: created.body.Data.Id, Name: "" });

    expect(result.status).toBe(400);
    expect(result.body.Code).toBe("InvalidParameter");
    expect(result.body.Message).toContain('"Name"');
  });
});

describe("DeleteRule", () => {
  it("returns the deleted rule and removes it", async () => {
    const emulator = await bed.start();
    const created = await callApi(emulator, "CreateRule", { Name: "gone", Content: "{}" });
    const id = created.body.Data.Id;
    const before = await callApi(emulator, "GetRule", { Id: id });

    const deleted = await callApi(emulator, "DeleteRule", { Id: id });
    expect(deleted.status).toBe(200);
    expect(deleted.body.Data).toEqual(before.body.Data);

    const after = await callApi(emulator, "GetRule", { Id: id });
    expect(after.status).toBe(404);
    expect(after.body.Code).toBe("ResourceNotFound");
  });
});

describe("unknown Id", () => {
  it.each(["GetRule", "UpdateRule", "DeleteRule"])(
    "%s answers 404 ResourceNotFound",
    async (action) => {
      const emulator = await bed.start();
      const result = await callApi(emulator, action, {
        Id: "59b0bbfe-929b-4a8c-9833-3ce70b4bad38",
        Name: "n",
      });

      expect(result.status).toBe(404);
      expect(result.body.Code).toBe("ResourceNotFound");
    },
  );
});

describe("parameter placement", () => {
  it.each([
    ["POST", "body"],
    ["POST", "query"],
    ["POST", "split"],
    ["GET", "query"],
  ] as const)("%s with parameters in %s works", async (method, placement) => {
    const emulator = await bed.start();
    const created = await callApi(
      emulator,
      "CreateRule",
      { Name: "带空格 和+加号 & 符号*", Content: '{"a": "~!\'()"}' },
      { method, placement },
    );

    expect(created.status).toBe(200);
    expect(created.body.Data.Name).toBe("带空格 和+加号 & 符号*");
    expect(created.body.Data.Content).toBe('{"a": "~!\'()"}');
  });
});

describe("Format=XML", () => {
  it("answers XML with repeated Items", async () => {
    const emulator = await bed.start();
    await callApi(emulator, "CreateRule", { Name: "a<b", Content: "{}" });
    await callApi(emulator, "CreateRule", { Name: "c", Content: "{}" });
    const result = await callApi(emulator, "ListRules", {}, { common: { Format: "XML" } });

    expect(result.status).toBe(200);
    expect(result.headers["content-type"]).toContain("text/xml");
    expect(result.text).toMatch(/^<\?xml version='1.0' encoding='UTF-8'\?><ListRulesResponse>/);
    expect(result.text.match(/<Items>/g)).toHaveLength(2);
    expect(result.text).toContain("<Name>a&lt;b</Name>");
    expect(result.text).toContain("<TotalElements>2</TotalElements>");
  });

  it("writes errors as an Error element", async () => {
    const emulator = await bed.start();
    const result = await callApi(
      emulator,
      "GetRule",
      { Id: "none" },
      { common: { Format: "xml" } },
    );

    expect(result.status).toBe(404);
    expect(result.text).toMatch(/^<\?xml version='1.0' encoding='UTF-8'\?><Error><RequestId>/);
    expect(result.text).toContain("<Code>ResourceNotFound</Code>");
  });
});
