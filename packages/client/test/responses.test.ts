import { afterEach, describe, expect, it } from "vitest";
import { IdrsApiError, IdrsResponseError } from "../src/index.js";
import { type FakeServer, ok, type Reply, startFakeServer } from "./fake-server.js";
import { testClient } from "./helpers.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientReplying(reply: Reply) {
  server = await startFakeServer(() => reply);
  return testClient(server.url, { maxRetries: 0 }).client;
}

describe("ListRules responses", () => {
  it("reads the reference sample with Items as an object", async () => {
    // The reference's JSON sample, as printed.
    const client = await clientReplying({
      status: 200,
      body: {
        RequestId: "59b0bbfe-929b-4a8c-9833-3ce70b4bad38",
        Message: "-",
        Data: {
          TotalElements: 1,
          TotalPages: 1,
          Items: {
            Id: "59b0bbfe-929b-4a8c-9833-3ce70b4bad38",
            Content: "{}",
            CreatedAt: "2020-07-14T14:01:41.000+08:00",
            Name: "default",
          },
        },
        Code: "OK",
      },
    });

    const page = await client.listRules();

    expect(page).toEqual({
      items: [
        {
          id: "59b0bbfe-929b-4a8c-9833-3ce70b4bad38",
          name: "default",
          content: "{}",
          createdAt: "2020-07-14T14:01:41.000+08:00",
        },
      ],
      totalElements: 1,
      totalPages: 1,
      pageIndex: 1,
      pageSize: 10,
    });
  });

  it("reads counts given as strings", async () => {
    const client = await clientReplying(
      ok({ TotalElements: "21", TotalPages: "3", Items: [{ Id: 7, Name: "a", Content: "[]" }] }),
    );

    const page = await client.listRules({ pageIndex: 3, pageSize: 10 });

    expect(page.totalElements).toBe(21);
    expect(page.totalPages).toBe(3);
    expect(page.items[0]?.id).toBe("7");
  });

  it("reads a missing Items as no rules", async () => {
    const client = await clientReplying(ok({ TotalElements: 0, TotalPages: 0 }));

    const page = await client.listRules();

    expect(page.items).toEqual([]);
  });

  it("leaves unreadable counts undefined", async () => {
    const client = await clientReplying(ok({ TotalElements: "many", Items: [] }));

    const page = await client.listRules();

    expect(page.totalElements).toBeUndefined();
    expect(page.totalPages).toBeUndefined();
  });
});

describe("rule responses", () => {
  it("keeps Content that is not JSON as text", async () => {
    const client = await clientReplying(ok({ Id: "r1", Name: "n", Content: "not json {" }));

    const rule = await client.getRule({ id: "r1" });

    expect(rule.content).toBe("not json {");
  });

  it("serialises a Content sent as an object", async () => {
    const client = await clientReplying(
      ok({ Id: "r1", Name: "n", Content: [{ sequence: 1, actions: [] }] }),
    );

    const rule = await client.getRule({ id: "r1" });

    expect(rule.content).toBe('[{"sequence":1,"actions":[]}]');
  });

  it("reads CreateRule without CreatedAt", async () => {
    const client = await clientReplying(ok({ Id: "r1", Name: "n", Content: "{}" }));

    const rule = await client.createRule({ name: "n", content: "{}" });

    expect(rule).toEqual({ id: "r1", name: "n", content: "{}" });
  });

  it("returns undefined for DeleteRule without a rule", async () => {
    const client = await clientReplying(ok("-"));

    await expect(client.deleteRule({ id: "r1" })).resolves.toBeUndefined();
  });

  it("rejects a rule without Id", async () => {
    const client = await clientReplying(ok({ Name: "n", Content: "{}" }));

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsResponseError);
  });
});

describe("malformed responses", () => {
  it("types an HTML gateway page", async () => {
    const client = await clientReplying({ status: 502, body: "<html>Bad Gateway</html>" });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsResponseError);
    expect((error as IdrsResponseError).status).toBe(502);
    expect((error as IdrsResponseError).bodyPreview).toContain("Bad Gateway");
  });

  it("types an empty body", async () => {
    const client = await clientReplying({ status: 200, body: "" });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsResponseError);
  });

  it("treats a 200 with an error Code as an error", async () => {
    const client = await clientReplying({
      status: 200,
      body: { RequestId: "x", Code: "InvalidParameter", Message: "bad Content" },
    });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(IdrsApiError);
    expect((error as IdrsApiError).code).toBe("InvalidParameter");
  });

  it("names an error status without Code", async () => {
    const client = await clientReplying({ status: 403, body: { Message: "denied" } });

    const error = await client.getRule({ id: "r1" }).catch((e: unknown) => e);

    expect((error as IdrsApiError).code).toBe("Http403");
  });
});
