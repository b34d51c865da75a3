import { afterEach, describe, expect, it } from "vitest";
import { FakeRuleService } from "./fake-rule-service.js";
import { type FakeServer, ok, startFakeServer } from "./fake-server.js";
import { testClient } from "./helpers.js";

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function serviceWith(count: number): FakeRuleService {
  const service = new FakeRuleService();
  for (let i = 0; i < count; i++) {
    service.addRule(`rule ${i}`, "[]");
  }
  return service;
}

const pagesRead = (fake: FakeServer) => fake.requests.map((r) => Number(r.form.PageIndex));

describe("listAllRules", () => {
  it("reads pages of 100 until TotalPages", async () => {
    const service = serviceWith(250);
    server = await startFakeServer(service.handle);
    const { client } = testClient(server.url);

    const rules = await client.listAllRules();

    expect(rules.map((r) => r.id)).toEqual(service.rules.map((r) => r.id));
    expect(pagesRead(server)).toEqual([1, 2, 3]);
    expect(server.requests.every((r) => r.form.PageSize === "100")).toBe(true);
  });

  it("reads one request for an empty list", async () => {
    server = await startFakeServer(serviceWith(0).handle);
    const { client } = testClient(server.url);

    expect(await client.listAllRules()).toEqual([]);
    expect(pagesRead(server)).toEqual([1]);
  });

  it("re-reads a page after a deletion", async () => {
    const service = serviceWith(250);
    const expected = service.rules.slice(5).map((r) => r.id);
    // After page 1, someone deletes five rules of page 1, so page 2 starts five rules later.
    service.afterRequest = (_request, index) => {
      if (index === 0) {
        service.rules.splice(0, 5);
      }
    };
    server = await startFakeServer(service.handle);
    const { client, logs } = testClient(server.url);

    const rules = await client.listAllRules();

    const ids = new Set(rules.map((r) => r.id));
    for (const id of expected) {
      expect(ids.has(id)).toBe(true);
    }
    expect(pagesRead(server)).toEqual([1, 2, 1, 3]);
    expect(logs.some((line) => line.message.includes("total 250 -> 245"))).toBe(true);
  });

  it("deduplicates after an insertion", async () => {
    const service = serviceWith(150);
    service.afterRequest = (_request, index) => {
      if (index === 0) {
        service.rules.unshift({ id: "new-rule", name: "new", content: "[]" });
      }
    };
    server = await startFakeServer(service.handle);
    const { client } = testClient(server.url);

    const rules = await client.listAllRules();

    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain("new-rule");
    expect(ids).toHaveLength(151);
  });

  it("ends on a list that keeps changing", async () => {
    const service = serviceWith(1000);
    // Every request deletes one rule, so the total differs on every page.
    service.afterRequest = () => {
      service.rules.pop();
    };
    server = await startFakeServer(service.handle);
    const { client } = testClient(server.url);

    await client.listAllRules();

    const pages = pagesRead(server);
    const rereads = pages.filter((page, i) => pages.indexOf(page) !== i);
    expect(new Set(rereads).size).toBe(rereads.length);
    expect(pages.length).toBeLessThan(25);
  });

  it("stops on an empty page", async () => {
    server = await startFakeServer((request) =>
      request.form.PageIndex === "1"
        ? ok({ TotalPages: 9, TotalElements: 900, Items: [{ Id: "a", Name: "a", Content: "[]" }] })
        : ok({ TotalPages: 9, TotalElements: 900, Items: [] }),
    );
    const { client } = testClient(server.url);

    const rules = await client.listAllRules();

    expect(rules.map((r) => r.id)).toEqual(["a"]);
    expect(pagesRead(server)).toEqual([1, 2]);
  });

  it("stops on a short page without counts", async () => {
    const full = Array.from({ length: 100 }, (_, i) => ({ Id: `r${i}`, Name: "n", Content: "[]" }));
    server = await startFakeServer((request) =>
      request.form.PageIndex === "1" ? ok({ Items: full }) : ok({ Items: [full[0], { Id: "z" }] }),
    );
    const { client } = testClient(server.url);

    const rules = await client.listAllRules();

    expect(rules).toHaveLength(101);
    expect(pagesRead(server)).toEqual([1, 2]);
  });
});
